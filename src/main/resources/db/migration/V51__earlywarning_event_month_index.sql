-- Early warning: the event table sorted by date without a country reads the newest month first from this index
-- instead of sorting every stored event. One more index to keep on import: a date, the smallest key there is.
CREATE INDEX earlywarning_event_month_idx ON earlywarning_event (month);
