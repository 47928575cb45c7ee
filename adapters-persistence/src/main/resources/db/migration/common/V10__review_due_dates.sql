-- When what follows each review is due (the report before it; recommendations, record and letter after it), kept with
-- the review when it is measured so that the service report counts deadlines met in SQL (reports.md, "Reviews").
-- Rows measured before this migration get theirs the next time their child's history changes.
ALTER TABLE review ADD COLUMN report_due DATE;
ALTER TABLE review ADD COLUMN recommendations_due DATE;
ALTER TABLE review ADD COLUMN record_due DATE;
ALTER TABLE review ADD COLUMN letter_due DATE;
