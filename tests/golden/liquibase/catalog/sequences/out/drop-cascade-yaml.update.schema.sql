--
-- PostgreSQL database dump
--

--
-- Name: t_uses_seq; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.t_uses_seq (
    id integer
);

--
-- PostgreSQL database dump complete
--

