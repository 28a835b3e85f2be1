--
-- PostgreSQL database dump
--

--
-- Name: f1(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.f1() RETURNS integer
    LANGUAGE sql
    AS $$ SELECT 1 $$;

--
-- PostgreSQL database dump complete
--

