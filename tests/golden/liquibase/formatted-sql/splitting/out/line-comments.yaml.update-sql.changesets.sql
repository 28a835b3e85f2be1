-- Changeset line-comments.yaml::line-comments::split

CREATE TABLE s (n int, v text);

-- a comment; with a semicolon
INSERT INTO s VALUES (1, 'a');

-- it's an apostrophe
-- a whole line; of comment
INSERT INTO s VALUES (2, 'b--not a comment;');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('line-comments', 'split', 'line-comments.yaml', NOW(), 1, '9:f9e9d0258a259a5781423a92cc99b84c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

