-- Every chunk of an import adds to the same rollup rows (a country's months, its regions, its grid cells): with
-- room left on each page the new row version stays on its page (a heap-only update), so none of the table's three
-- indexes takes a new entry and the dead versions are pruned in place. Applies to pages written from now on.
ALTER TABLE earlywarning_indicator SET (fillfactor = 50);
