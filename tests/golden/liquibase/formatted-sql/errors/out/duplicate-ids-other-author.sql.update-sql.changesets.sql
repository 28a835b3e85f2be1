-- Changeset duplicate-ids-other-author.sql::one::alice

CREATE TABLE e_dup_alice (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'alice', 'duplicate-ids-other-author.sql', NOW(), 1, '9:6b6d9f32a708b15785aba42e7cfeeee2', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset duplicate-ids-other-author.sql::one::bob

CREATE TABLE e_dup_bob (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('one', 'bob', 'duplicate-ids-other-author.sql', NOW(), 2, '9:f15c890b5dd71443ed01b4b09b3fa098', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

