--
-- PostgreSQL database dump
--

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;

--
-- Name: owide; Type: TABLE; Schema: other; Owner: -
--

CREATE TABLE other.owide (
    id integer
);

--
-- Name: seq_b; Type: SEQUENCE; Schema: other; Owner: -
--

CREATE SEQUENCE other.seq_b
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: ref1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref1 (
    id integer NOT NULL
);

--
-- Name: seq_a; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seq_a
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: uses2; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.uses2 (
    r integer
);

--
-- Name: wide; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wide (
    id integer,
    c4 integer
);

--
-- Name: ref1 ref1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref1
    ADD CONSTRAINT ref1_pkey PRIMARY KEY (id);

--
-- PostgreSQL database dump complete
--

