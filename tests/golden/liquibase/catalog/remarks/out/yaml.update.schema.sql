--
-- PostgreSQL database dump
--

--
-- Name: yt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.yt (
    c integer
);

--
-- Name: TABLE yt; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.yt IS 'it''s yt';

--
-- Name: COLUMN yt.c; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.yt.c IS 'c''s';

--
-- PostgreSQL database dump complete
--

