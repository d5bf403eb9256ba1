-- The accountability ledger sorts by amount and by priority area: an index for each, so a page of the sorted list
-- is read in index order instead of sorting every pledge. Sorts by status (computed for the day) and by party name
-- (in the reader's language) cannot be indexed.
CREATE INDEX commitments_pledge_target_idx ON commitments_pledge (target, period_start DESC, id);
CREATE INDEX commitments_pledge_area_order_idx ON commitments_pledge (priority_areas, period_start DESC, id);
