-- The agreement workflow: the adopting order on the roadmap, and its full history (who, what, when).
ALTER TABLE roadmap_view ADD COLUMN order_number VARCHAR(100);
ALTER TABLE roadmap_view ADD COLUMN order_date DATE;

CREATE TABLE roadmap_history_view (
    id          BIGSERIAL    PRIMARY KEY,
    roadmap_id  VARCHAR(64)  NOT NULL REFERENCES roadmap_view (id),
    happened_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_name  VARCHAR(300) NOT NULL,
    actor_role  VARCHAR(40)  NOT NULL,
    step        VARCHAR(40)  NOT NULL,
    comment     VARCHAR(4000) NOT NULL DEFAULT ''
);
CREATE INDEX ix_roadmap_history_roadmap ON roadmap_history_view (roadmap_id, id);
