-- A booking is held once: a second review naming the same booking is refused by the database too, whatever the
-- timing of two requests. (Reviews with no booking are many: NULLs never clash.)
CREATE UNIQUE INDEX review_once_per_booking ON review (authority, child_id, booking_id);
-- A child has one current IRO at a time.
CREATE INDEX allocation_current ON iro_allocation (authority, child_id, held_to);
