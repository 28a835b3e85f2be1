--liquibase formatted sql

--changeset split:double-quoted-identifiers
CREATE TABLE "s;q" (n int); INSERT INTO "s;q" VALUES (1);
CREATE TABLE "it's" (n int); INSERT INTO "it's" VALUES (2);
