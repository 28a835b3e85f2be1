--
-- PostgreSQL database dump
--

--
-- Name: v1; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v1 AS
 SELECT 2 AS a;

--
-- PostgreSQL database dump complete
--

