-- a migration that cannot run: the start must fail as Flyway would fail it
CREATE TABLE early_ok (id integer);
INSERT INTO no_such_table VALUES (1);
