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
-- PostgreSQL database dump complete
--

