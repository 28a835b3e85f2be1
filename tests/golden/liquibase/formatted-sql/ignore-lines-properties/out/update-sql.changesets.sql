-- Changeset changelog.sql::create::ip

CREATE TABLE ip_values (k text, v text);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('create', 'ip', 'changelog.sql', NOW(), 1, '9:ea28cc0ffc4737f54b755b8334eedcb8', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset changelog.sql::values::ip

INSERT INTO ip_values VALUES ('scoped', 'scoped-prod');

INSERT INTO ip_values VALUES ('bydbms', 'pg-value');

INSERT INTO ip_values VALUES ('lab', 'lab-lab1');

INSERT INTO ip_values VALUES ('local', 'local-value');

INSERT INTO ip_values VALUES ('quoted', '"two');

INSERT INTO ip_values VALUES ('spacedname', 'spaced-value');

INSERT INTO ip_values VALUES ('valuefirst', 'value-first');

INSERT INTO ip_values VALUES ('cli', 'from-cli');

INSERT INTO ip_values VALUES ('cli_only', 'cli-only-value');

INSERT INTO ip_values VALUES ('first', 'first-definition');

INSERT INTO ip_values VALUES ('nested', 'ip_values-nested');

INSERT INTO ip_values VALUES ('undefined', '${undefined_prop}');

INSERT INTO ip_values VALUES ('late', 'defined-inside-the-change-set');

INSERT INTO ip_values VALUES ('later', '${later}');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('values', 'ip', 'changelog.sql', NOW(), 2, '9:6915d3ae383114b25f66a13310990927', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset changelog.sql::from-property::prop-author
-- comment on ${tbl}, later=${later}

INSERT INTO ip_values VALUES ('id-from-property', 'defined-after-the-change-set');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('from-property', 'prop-author', 'changelog.sql', NOW(), 3, '9:588226b75ceef8428d37387b87767cd2', 'sql', 'comment on ${tbl}, later=${later}', 'EXECUTED', 'prod', 'lab-lab1', '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset changelog.sql::ignore-block::ip

INSERT INTO ip_values VALUES ('ignore-block', 'before');

INSERT INTO ip_values VALUES ('ignore-block', 'after');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ignore-block', 'ip', 'changelog.sql', NOW(), 4, '9:5700736e72d46509317f59b0a1986908', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset changelog.sql::ignore-count::ip

INSERT INTO ip_values VALUES ('ignore-count', 'before');

INSERT INTO ip_values VALUES ('ignore-count', 'after');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ignore-count', 'ip', 'changelog.sql', NOW(), 5, '9:9b5756f5cac617435f9d09bc6d0dfdd4', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset changelog.sql::spaced-ignore-lines::ip

INSERT INTO ip_values VALUES ('spaced-ignore-lines', 'before');

INSERT INTO ip_values VALUES ('spaced-ignore-lines', 'after');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('spaced-ignore-lines', 'ip', 'changelog.sql', NOW(), 6, '9:880da8c7c58393ec2ab3b878ef5171d5', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

-- Changeset changelog.sql::last::ip

INSERT INTO ip_values VALUES ('last', 'ran');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('last', 'ip', 'changelog.sql', NOW(), 7, '9:3a7df61d231a94b218cae84ff6e04d2b', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<DEPLOYMENT_ID>');

