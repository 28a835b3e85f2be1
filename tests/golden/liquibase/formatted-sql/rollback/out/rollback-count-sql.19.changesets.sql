-- Rolling Back ChangeSet: rollback.sql::rollback-semicolon-lines::rb
DROP TABLE r_sc;

DELETE FROM public.databasechangelog WHERE ID = 'rollback-semicolon-lines' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::both-end-delimiters::rb
DROP TABLE r_bd2;

DROP TABLE r_bd1;

DELETE FROM public.databasechangelog WHERE ID = 'both-end-delimiters' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::rollback-end-delimiter::rb
DROP TABLE r_ed2;

DROP TABLE r_ed1;

DELETE FROM public.databasechangelog WHERE ID = 'rollback-end-delimiter' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::rollback-no-split::rb
DROP TABLE r_ns2; DROP TABLE r_ns1;

DELETE FROM public.databasechangelog WHERE ID = 'rollback-no-split' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::drop-ref2-with-path::rb
CREATE TABLE r_ref2 (id int);

DELETE FROM public.databasechangelog WHERE ID = 'drop-ref2-with-path' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::make-ref2::rb
DROP TABLE r_ref2;

DELETE FROM public.databasechangelog WHERE ID = 'make-ref2' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::drop-ref::rb
CREATE TABLE r_ref (id int);

DELETE FROM public.databasechangelog WHERE ID = 'drop-ref' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::make-ref::rb
DROP TABLE r_ref;

DELETE FROM public.databasechangelog WHERE ID = 'make-ref' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::spaced::rb
DROP TABLE r_spaced;

DELETE FROM public.databasechangelog WHERE ID = 'spaced' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::upper-keyword::rb
DROP TABLE r_upper;

DELETE FROM public.databasechangelog WHERE ID = 'upper-keyword' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::empty::rb
DELETE FROM public.databasechangelog WHERE ID = 'empty' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::not-required::rb
DELETE FROM public.databasechangelog WHERE ID = 'not-required' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::block-and-lines::rb
DROP TABLE r_mix2;

DROP TABLE r_mix1;

DELETE FROM public.databasechangelog WHERE ID = 'block-and-lines' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::block-closed-on-last-line::rb
DROP TABLE r_block3;

DELETE FROM public.databasechangelog WHERE ID = 'block-closed-on-last-line' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::block::rb
DROP TABLE r_block2;

DROP TABLE r_block1;

DELETE FROM public.databasechangelog WHERE ID = 'block' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::rollback-before-sql::rb
DROP TABLE r_before;

DELETE FROM public.databasechangelog WHERE ID = 'rollback-before-sql' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::statement-over-two-lines::rb
DROP
TABLE r_span;

DELETE FROM public.databasechangelog WHERE ID = 'statement-over-two-lines' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::multi-lines::rb
DROP TABLE r_ml2;

DROP TABLE r_ml1;

DELETE FROM public.databasechangelog WHERE ID = 'multi-lines' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

-- Rolling Back ChangeSet: rollback.sql::single::rb
DROP TABLE r_single;

DELETE FROM public.databasechangelog WHERE ID = 'single' AND AUTHOR = 'rb' AND FILENAME = 'rollback.sql';

