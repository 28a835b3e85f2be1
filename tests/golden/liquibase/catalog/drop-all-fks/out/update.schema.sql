--
-- PostgreSQL database dump
--

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;

--
-- Name: o_child; Type: TABLE; Schema: other; Owner: -
--

CREATE TABLE other.o_child (
    p1 integer
);

--
-- Name: child; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.child (
    id integer NOT NULL,
    p1 integer,
    pa integer,
    pb integer
);

--
-- Name: grandchild; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.grandchild (
    c integer
);

--
-- Name: parent1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.parent1 (
    id integer NOT NULL
);

--
-- Name: parent2; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.parent2 (
    a integer NOT NULL,
    b integer NOT NULL
);

--
-- Name: child child_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.child
    ADD CONSTRAINT child_pkey PRIMARY KEY (id);

--
-- Name: parent1 parent1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parent1
    ADD CONSTRAINT parent1_pkey PRIMARY KEY (id);

--
-- Name: parent2 parent2_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parent2
    ADD CONSTRAINT parent2_pk PRIMARY KEY (a, b);

--
-- Name: grandchild fk_grandchild_child; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.grandchild
    ADD CONSTRAINT fk_grandchild_child FOREIGN KEY (c) REFERENCES public.child(id);

--
-- PostgreSQL database dump complete
--

