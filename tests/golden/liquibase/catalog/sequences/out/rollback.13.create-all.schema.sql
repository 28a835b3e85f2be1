--
-- PostgreSQL database dump
--

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;

--
-- PostgreSQL database dump complete
--

