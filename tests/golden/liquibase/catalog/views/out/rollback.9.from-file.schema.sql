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
-- Name: v_other; Type: VIEW; Schema: other; Owner: -
--

CREATE VIEW other.v_other AS
 SELECT item.id
   FROM public.item
  WHERE (item.id > 1);

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
-- PostgreSQL database dump complete
--

