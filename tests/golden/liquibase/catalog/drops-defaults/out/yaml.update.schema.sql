--
-- PostgreSQL database dump
--

--
-- Name: yt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.yt (
    a integer
);

--
-- Name: ys; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ys
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: ys; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ys OWNED BY public.yt.a;

--
-- Name: yt a; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.yt ALTER COLUMN a SET DEFAULT nextval('public.ys'::regclass);

--
-- PostgreSQL database dump complete
--

