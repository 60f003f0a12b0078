-- A mentor's competencies from the controlled list (the same codes as mentees' requests), beside their own words.
ALTER TABLE participant_view ADD COLUMN competency_codes VARCHAR(500) NOT NULL DEFAULT '';
