INSERT INTO colour (id, name) VALUES (100, 'half-written');
INSERT INTO no_such_table VALUES (1);
