-- leading line comment
CREATE TABLE comments (id int, vc varchar(50)); -- trailing comment
/* block
   comment */
INSERT INTO comments VALUES (1, '-- not a comment');
INSERT INTO comments VALUES (2, '/* not a comment */'); /* after */
