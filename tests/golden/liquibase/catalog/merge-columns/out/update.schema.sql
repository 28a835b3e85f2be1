--
-- PostgreSQL database dump
--

--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id integer,
    full_name character varying(50),
    ab text
);

--
-- PostgreSQL database dump complete
--

