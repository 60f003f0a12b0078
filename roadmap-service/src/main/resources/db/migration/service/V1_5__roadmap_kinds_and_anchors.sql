-- Whose roadmap it is (a school's, the department's own plan, a template the department issues) and what it
-- started from. The department's roadmaps belong to no school.
ALTER TABLE roadmap_view ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'SCHOOL';
ALTER TABLE roadmap_view ADD COLUMN template_id VARCHAR(64);
ALTER TABLE roadmap_view ALTER COLUMN school_id DROP NOT NULL;
ALTER TABLE roadmap_view ALTER COLUMN school_year TYPE VARCHAR(20);
CREATE INDEX ix_roadmap_view_kind ON roadmap_view (municipality_id, kind, status);
ALTER TABLE roadmap_occurrence_view ALTER COLUMN school_id DROP NOT NULL;

-- A relative deadline («в течение двух недель с даты …») counts from another action of the same roadmap.
ALTER TABLE roadmap_action_view ADD COLUMN anchor_action_id VARCHAR(64);
ALTER TABLE roadmap_action_view ADD COLUMN relative_days INTEGER;
ALTER TABLE roadmap_action_view ADD COLUMN anchor_suggested BOOLEAN NOT NULL DEFAULT FALSE;
