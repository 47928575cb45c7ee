-- What the service report reads most (docs/benchmarks.md, `report`): a period's legal status and placement as at a
-- day, looked up from each period of care, and an authority's reviews held between two dates.
CREATE INDEX legal_status_of_period ON legal_status (period_id, from_date);
CREATE INDEX placement_of_period ON placement (period_id, start_date);
CREATE INDEX review_held_in_authority ON review (authority, last_meeting);
