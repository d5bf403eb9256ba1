-- The accountability page reads pledges newest period first, 100 at a time; this index serves that order so a page
-- does not sort every visible pledge. Beneficiary filters and PARTICIPANTS visibility look into participants.
CREATE INDEX commitments_pledge_ledger_order_idx ON commitments_pledge (period_start DESC, id);
CREATE INDEX commitments_pledge_participants_idx ON commitments_pledge USING GIN (participants);
