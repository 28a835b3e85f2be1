--
-- PostgreSQL database dump
--

--
-- Name: yseq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.yseq
    AS integer
    START WITH 10
    INCREMENT BY 4
    NO MINVALUE
    MAXVALUE 2000
    CACHE 5;

--
-- PostgreSQL database dump complete
--

