-- Changeset rollback.sql::no-rollback::rb

CREATE TABLE r_none (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('no-rollback', 'rb', 'rollback.sql', NOW(), 1, '9:6b0a3dc694af69e706f8cf8880c6433f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::single::rb

CREATE TABLE r_single (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('single', 'rb', 'rollback.sql', NOW(), 2, '9:5768a92faa64dcaf1a187d354d83aa7e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::multi-lines::rb

CREATE TABLE r_ml1 (id int);

CREATE TABLE r_ml2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('multi-lines', 'rb', 'rollback.sql', NOW(), 3, '9:279c7b2ac70270b13070f5c862caaefe', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::statement-over-two-lines::rb

CREATE TABLE r_span (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('statement-over-two-lines', 'rb', 'rollback.sql', NOW(), 4, '9:b15991fe7858b58e49e01b541be4bcee', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::rollback-before-sql::rb

CREATE TABLE r_before (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('rollback-before-sql', 'rb', 'rollback.sql', NOW(), 5, '9:9742a026012b84c3ffc05a651f119e8f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::block::rb

CREATE TABLE r_block1 (id int);

CREATE TABLE r_block2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('block', 'rb', 'rollback.sql', NOW(), 6, '9:f78b60d0b02ec92e7f0e714548c15c8c', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::block-closed-on-last-line::rb

CREATE TABLE r_block3 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('block-closed-on-last-line', 'rb', 'rollback.sql', NOW(), 7, '9:42f7adc406c6a862293146a2dbe62e4f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::block-and-lines::rb

CREATE TABLE r_mix1 (id int);

CREATE TABLE r_mix2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('block-and-lines', 'rb', 'rollback.sql', NOW(), 8, '9:4f2b6fb3ad4fb2dc1608ade99de9bd2d', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::not-required::rb

CREATE TABLE r_not_required (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('not-required', 'rb', 'rollback.sql', NOW(), 9, '9:a2a04fadae8a60859707ce00c0bd2f8f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::empty::rb

CREATE TABLE r_empty (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('empty', 'rb', 'rollback.sql', NOW(), 10, '9:c2f92db1e02d0470940a886de5ec894e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::upper-keyword::rb

CREATE TABLE r_upper (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('upper-keyword', 'rb', 'rollback.sql', NOW(), 11, '9:bfa096f3d5ecec034090430147cce910', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::spaced::rb

CREATE TABLE r_spaced (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('spaced', 'rb', 'rollback.sql', NOW(), 12, '9:b0cfd3258007eef9b47730bd28509aad', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::make-ref::rb

CREATE TABLE r_ref (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('make-ref', 'rb', 'rollback.sql', NOW(), 13, '9:46620246a27f6e33e6872245fd0b3820', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::drop-ref::rb

DROP TABLE r_ref;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-ref', 'rb', 'rollback.sql', NOW(), 14, '9:f2d49f7aa1c438a681fdb569949e7d02', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::make-ref2::rb

CREATE TABLE r_ref2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('make-ref2', 'rb', 'rollback.sql', NOW(), 15, '9:d4d0d16fb4e47fb69a9f9f5528c4ebf7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::drop-ref2-with-path::rb

DROP TABLE r_ref2;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-ref2-with-path', 'rb', 'rollback.sql', NOW(), 16, '9:b5afcdaf66f80c5609232251e24d0606', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::rollback-no-split::rb

CREATE TABLE r_ns1 (id int);
CREATE TABLE r_ns2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('rollback-no-split', 'rb', 'rollback.sql', NOW(), 17, '9:10e7fd78376bd05090ee9bf942f5e12e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::rollback-end-delimiter::rb

CREATE TABLE r_ed1 (id int); CREATE TABLE r_ed2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('rollback-end-delimiter', 'rb', 'rollback.sql', NOW(), 18, '9:f11763709a5a00a85ae0743469671187', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::both-end-delimiters::rb

CREATE TABLE r_bd1 (id int); CREATE TABLE r_bd2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('both-end-delimiters', 'rb', 'rollback.sql', NOW(), 19, '9:f282fd86b831ebbf970ed3c224140cdf', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset rollback.sql::rollback-semicolon-lines::rb

CREATE TABLE r_sc (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('rollback-semicolon-lines', 'rb', 'rollback.sql', NOW(), 20, '9:ed4fa8b172a3c9bfb41a7009bc6f0ac4', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

