-- Rolling Back ChangeSet: block-joined.sql::block-statement-over-two-lines::rb
DROPTABLE j_joined;

DELETE FROM public.databasechangelog WHERE ID = 'block-statement-over-two-lines' AND AUTHOR = 'rb' AND FILENAME = 'block-joined.sql';

-- Rolling Back ChangeSet: block-joined.sql::first::rb
DROP TABLE j_first;

DELETE FROM public.databasechangelog WHERE ID = 'first' AND AUTHOR = 'rb' AND FILENAME = 'block-joined.sql';

