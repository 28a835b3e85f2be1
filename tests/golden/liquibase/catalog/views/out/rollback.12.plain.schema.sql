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
-- PostgreSQL database dump complete
--

