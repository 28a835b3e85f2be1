--
-- PostgreSQL database dump
--

--
-- Name: yk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.yk (
    k character varying(5) NOT NULL
);

--
-- Name: yt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.yt (
    k character varying(5)
);

--
-- Name: yk yk_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.yk
    ADD CONSTRAINT yk_pkey PRIMARY KEY (k);

--
-- Name: yt fk_yt_k; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.yt
    ADD CONSTRAINT fk_yt_k FOREIGN KEY (k) REFERENCES public.yk(k);

--
-- PostgreSQL database dump complete
--

