--
-- PostgreSQL database dump
--

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;

--
-- Name: seq_other2; Type: SEQUENCE; Schema: other; Owner: -
--

CREATE SEQUENCE other.seq_other2
    START WITH 7
    INCREMENT BY 2
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: seq_all; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq_all
    START WITH 100
    INCREMENT BY 5
    MINVALUE 10
    MAXVALUE 100000
    CACHE 20;

--
-- Name: seq_renamed; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq_renamed
    START WITH 1
    INCREMENT BY 3
    NO MINVALUE
    MAXVALUE 999
    CACHE 10
    CYCLE;

--
-- PostgreSQL database dump complete
--

