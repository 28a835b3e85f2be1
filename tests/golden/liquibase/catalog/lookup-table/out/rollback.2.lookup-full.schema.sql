--
-- PostgreSQL database dump
--

--
-- Name: lookups; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA lookups;

--
-- Name: address; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.address (
    id integer,
    state character(2),
    country character varying(20)
);

--
-- PostgreSQL database dump complete
--

