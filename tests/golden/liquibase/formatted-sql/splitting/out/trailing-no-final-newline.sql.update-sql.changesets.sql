-- Changeset trailing-no-final-newline.sql::trailing-whitespace-first::split

CREATE TABLE s (n int, v text);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('trailing-whitespace-first', 'split', 'trailing-no-final-newline.sql', NOW(), 1, '9:ac74ca043306cb581a7217568144dfd6', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset trailing-no-final-newline.sql::trailing-whitespace-second::split

INSERT INTO s VALUES (1, 'a');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('trailing-whitespace-second', 'split', 'trailing-no-final-newline.sql', NOW(), 2, '9:3aee0f96b255af4b7aa6070963971d52', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset trailing-no-final-newline.sql::trailing-whitespace-third::split

INSERT INTO s VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('trailing-whitespace-third', 'split', 'trailing-no-final-newline.sql', NOW(), 3, '9:ed1901ae2c2350145951ff81c2bed214', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

