--
-- PostgreSQL database dump
--

--
-- Name: t; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.t (
    id integer,
    note character varying(10)
);

--
-- Name: COLUMN t.note; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.t.note IS 'parent table';

--
-- Name: v; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v AS
 SELECT t.id
   FROM public.t;

--
-- Name: COLUMN v.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.v.id IS 'view column';

--
-- PostgreSQL database dump complete
--

