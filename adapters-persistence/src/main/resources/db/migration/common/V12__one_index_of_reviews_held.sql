-- V11's review_held_in_authority repeats V5's review_held_by_authority, (authority, last_meeting): every review written
-- paid for both. One is kept.
DROP INDEX review_held_in_authority;
