-- Early warning: the event table sorted by date without a country reads the newest month first from this index
-- instead of sorting every stored event. One more index to keep on import: a date, the smallest key there is.
-- On a store of millions of events, build it beforehand without blocking imports (docs/operations.md):
--   CREATE INDEX CONCURRENTLY IF NOT EXISTS earlywarning_event_month_idx ON earlywarning_event (month);
-- and this migration finds it there.
CREATE INDEX IF NOT EXISTS earlywarning_event_month_idx ON earlywarning_event (month);
