-- Whether a legal status is a short break (V3/V4, CPPCR 2010 reg 48), as the domain decides it
-- (LegalStatus.isShortBreak) and writes it with every legal status: the report's looked-after counts and the SSDA903
-- reviews table read this column rather than naming the codes again. Rows written before are decided here, once.
ALTER TABLE legal_status ADD COLUMN short_break BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE legal_status SET short_break = TRUE WHERE code IN ('V3', 'V4');
