SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<LOCKEDBY>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 3 Change(s) Script
-- *********************************************************************
-- Change Log: bookshop/changelog.yaml
-- *********************************************************************

-- Rolling Back ChangeSet: bookshop/changes/003-release-1.1.yaml::026-tag-1.1::li
DELETE FROM public.databasechangelog WHERE ID = '026-tag-1.1' AND AUTHOR = 'li' AND FILENAME = 'bookshop/changes/003-release-1.1.yaml';

-- Rolling Back ChangeSet: bookshop/changes/003-release-1.1.yaml::025-reprice::li
DELETE FROM public.databasechangelog WHERE ID = '025-reprice' AND AUTHOR = 'li' AND FILENAME = 'bookshop/changes/003-release-1.1.yaml';

-- Rolling Back ChangeSet: bookshop/changes/003-release-1.1.yaml::024-sales-view::li
DROP VIEW public.book_sales;

DELETE FROM public.databasechangelog WHERE ID = '024-sales-view' AND AUTHOR = 'li' AND FILENAME = 'bookshop/changes/003-release-1.1.yaml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

