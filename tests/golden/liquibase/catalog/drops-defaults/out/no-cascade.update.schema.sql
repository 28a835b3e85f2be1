--
-- PostgreSQL database dump
--

--
-- Name: ref1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ref1 (
    id integer NOT NULL
);

--
-- Name: uses1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.uses1 (
    r integer
);

--
-- Name: ref1 ref1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ref1
    ADD CONSTRAINT ref1_pkey PRIMARY KEY (id);

--
-- Name: uses1 fk_uses1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.uses1
    ADD CONSTRAINT fk_uses1 FOREIGN KEY (r) REFERENCES public.ref1(id);

--
-- PostgreSQL database dump complete
--

