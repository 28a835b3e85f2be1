CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := random(); RETURN NEW; END $$;
CREATE TABLE n (id int REFERENCES u, v text DEFAULT gen_random_uuid()::text);
