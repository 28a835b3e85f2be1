-- Changeset nested-block-comment.yaml::nested-block-comment::split

CREATE TABLE s (n int, v text);

/* outer /* inner; */ still comment;

*/
INSERT INTO s VALUES (1, 'a');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('nested-block-comment', 'split', 'nested-block-comment.yaml', NOW(), 1, '9:749d1211509db32415612037586575ef', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

