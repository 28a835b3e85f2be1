--
-- PostgreSQL database dump
--

--
-- Name: yp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.yp (
    c1 character varying(10),
    c2 character varying(10)
);

--
-- PostgreSQL database dump complete
--

