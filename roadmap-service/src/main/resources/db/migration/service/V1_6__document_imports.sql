-- Published roadmaps carry long titles and stage names (a district plan's first stage runs to 350 characters);
-- an import keeps them whole.
ALTER TABLE roadmap_view ALTER COLUMN title TYPE VARCHAR(1000);
ALTER TABLE roadmap_action_view ALTER COLUMN section TYPE VARCHAR(1000);

-- The schools of each municipality as the registry announces them (registry.SchoolRegistered): a department that
-- migrates its schools' documents may write drafts for its own schools only.
CREATE TABLE school_directory (
    school_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    municipality_id  VARCHAR(64)  NOT NULL,
    name             VARCHAR(500) NOT NULL
);
CREATE INDEX ix_school_directory_municipality ON school_directory (municipality_id, name);
