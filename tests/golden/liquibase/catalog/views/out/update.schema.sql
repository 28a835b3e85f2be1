--
-- PostgreSQL database dump
--

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;

--
-- Name: item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.item (
    id integer,
    name character varying(20)
);

--
-- Name: v_file; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_file AS
 SELECT item.id
   FROM public.item
  WHERE (item.name IS NOT NULL);

--
-- Name: v_plain; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_plain AS
 SELECT item.id,
    item.name,
    1 AS one
   FROM public.item;

--
-- Name: v_remarks; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_remarks AS
 SELECT item.name
   FROM public.item;

--
-- Name: VIEW v_remarks; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.v_remarks IS 'it''s a view';

--
-- Name: v_renamed; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v_renamed AS
 SELECT 1 AS x;

--
-- PostgreSQL database dump complete
--

