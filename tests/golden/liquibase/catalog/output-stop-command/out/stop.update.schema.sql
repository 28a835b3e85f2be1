--
-- PostgreSQL database dump
--

--
-- Name: before_stop; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.before_stop (
    x integer
);

--
-- PostgreSQL database dump complete
--

