-- How each action's deadline was read: its kind, its due dates over the period, the warnings shown.
ALTER TABLE roadmap_action_view ADD COLUMN deadline_kind VARCHAR(20) NOT NULL DEFAULT 'UNRECOGNIZED';
ALTER TABLE roadmap_action_view ADD COLUMN due_dates VARCHAR(2000) NOT NULL DEFAULT '';
ALTER TABLE roadmap_action_view ADD COLUMN deadline_warnings VARCHAR(2000) NOT NULL DEFAULT '';
