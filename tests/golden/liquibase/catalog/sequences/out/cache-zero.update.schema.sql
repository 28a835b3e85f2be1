--
-- PostgreSQL database dump
--

--
-- Name: seq1; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq1
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: seq_cache0; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq_cache0
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- PostgreSQL database dump complete
--

