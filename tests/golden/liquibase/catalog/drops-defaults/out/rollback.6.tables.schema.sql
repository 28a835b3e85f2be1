--
-- PostgreSQL database dump
--

--
-- PostgreSQL database dump complete
--

