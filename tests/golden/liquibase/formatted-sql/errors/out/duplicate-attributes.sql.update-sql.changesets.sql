-- Changeset duplicate-attributes.sql::context-twice::alice

CREATE TABLE e_context_twice (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('context-twice', 'alice', 'duplicate-attributes.sql', NOW(), 1, '9:57f5f53e7dbd4c9fb6b38182adc1a73d', 'sql', '', 'EXECUTED', 'b', NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset duplicate-attributes.sql::filter-then-context::alice

CREATE TABLE e_filter_then_context (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('filter-then-context', 'alice', 'duplicate-attributes.sql', NOW(), 2, '9:3eeb2e03947c3f7f853ff0bf5cba003a', 'sql', '', 'EXECUTED', 'test', NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset duplicate-attributes.sql::labels-twice::alice

CREATE TABLE e_labels_twice (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('labels-twice', 'alice', 'duplicate-attributes.sql', NOW(), 3, '9:cd9c42d35863fbb14e539a2582f05acc', 'sql', '', 'EXECUTED', NULL, 'y', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset duplicate-attributes.sql::dbms-mysql-then-pg::alice

CREATE TABLE e_dbms_mysql_then_pg (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('dbms-mysql-then-pg', 'alice', 'duplicate-attributes.sql', NOW(), 4, '9:806a5b7f88a23484bd161f79983e2bf7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset two.sql::path-twice::alice

CREATE TABLE e_path_twice (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('path-twice', 'alice', 'two.sql', NOW(), 5, '9:2b3b3ee35bc49ee8775edd8f88085b2a', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

