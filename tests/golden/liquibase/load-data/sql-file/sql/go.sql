CREATE TABLE go_t (id int)
GO
INSERT INTO go_t VALUES (1)
go
