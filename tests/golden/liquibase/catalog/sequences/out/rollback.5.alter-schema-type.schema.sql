--
-- PostgreSQL database dump
--

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;

--
-- Name: seq_other; Type: SEQUENCE; Schema: other; Owner: -
--

CREATE SEQUENCE other.seq_other
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
-- Name: seq_bare; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq_bare
    START WITH 1
    INCREMENT BY 3
    NO MINVALUE
    MAXVALUE 999
    CACHE 10
    CYCLE;

--
-- Name: seq_desc; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq_desc
    AS smallint
    START WITH 50
    INCREMENT BY -1
    NO MINVALUE
    MAXVALUE 50
    CACHE 1;

--
-- PostgreSQL database dump complete
--

