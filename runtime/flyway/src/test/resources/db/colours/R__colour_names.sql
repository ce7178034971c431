CREATE OR REPLACE VIEW colour_names AS SELECT name FROM colour;
