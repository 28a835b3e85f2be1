--
-- PostgreSQL database dump
--

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA other;

--
-- Name: p_inline(text); Type: PROCEDURE; Schema: public; Owner: -
--

CREATE PROCEDURE public.p_inline(IN m text)
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO log VALUES (m);
  INSERT INTO log VALUES (m || '!');
END;
$$;

--
-- Name: p_latin1(); Type: PROCEDURE; Schema: public; Owner: -
--

CREATE PROCEDURE public.p_latin1()
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO log VALUES ('café crème');
END
$$;

--
-- Name: p_noname(); Type: PROCEDURE; Schema: public; Owner: -
--

CREATE PROCEDURE public.p_noname()
    LANGUAGE sql
    AS $$SELECT 3$$;

--
-- Name: p_pg(); Type: PROCEDURE; Schema: public; Owner: -
--

CREATE PROCEDURE public.p_pg()
    LANGUAGE sql
    AS $$ SELECT 1 $$;

--
-- Name: p_same(); Type: PROCEDURE; Schema: public; Owner: -
--

CREATE PROCEDURE public.p_same()
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO log VALUES ('same');
END;
$$;

--
-- Name: log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.log (
    msg text
);

--
-- PostgreSQL database dump complete
--

