--
-- PostgreSQL database dump
--

--
-- Name: lookups; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA lookups;

--
-- Name: state; Type: TABLE; Schema: lookups; Owner: -
--

CREATE TABLE lookups.state (
    abbreviation character(2) NOT NULL
);

--
-- Name: address; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.address (
    id integer,
    state character(2),
    country character varying(20)
);

--
-- Name: country; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.country (
    code character varying(20) NOT NULL
);

--
-- Name: state state_pkey; Type: CONSTRAINT; Schema: lookups; Owner: -
--

ALTER TABLE ONLY lookups.state
    ADD CONSTRAINT state_pkey PRIMARY KEY (abbreviation);

--
-- Name: country country_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (code);

--
-- Name: address fk_address_country; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.address
    ADD CONSTRAINT fk_address_country FOREIGN KEY (country) REFERENCES public.country(code);

--
-- Name: address fk_address_state; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.address
    ADD CONSTRAINT fk_address_state FOREIGN KEY (state) REFERENCES lookups.state(abbreviation);

--
-- PostgreSQL database dump complete
--

