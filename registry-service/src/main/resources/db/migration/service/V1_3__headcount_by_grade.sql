-- Pupils per grade (класс), as «5:60,6:58»; empty for reports that gave age bands only.
ALTER TABLE headcount_view ADD COLUMN pupils_by_grade VARCHAR(200) NOT NULL DEFAULT '';
