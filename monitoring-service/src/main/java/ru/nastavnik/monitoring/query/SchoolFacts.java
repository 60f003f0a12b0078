package ru.nastavnik.monitoring.query;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monitoring's per-school facts, fed from Kafka. Counts and codes only: no person is ever here.
 * Every write is an upsert. A roadmap's events share its Kafka key, so they arrive in the order they
 * happened and the latest status simply wins.
 */
@Repository
public class SchoolFacts {

    private final JdbcClient jdbc;

    SchoolFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void schoolRegistered(String schoolId, String municipalityId, String regionId, String name) {
        jdbc.sql("""
                        INSERT INTO school_fact (school_id, municipality_id, region_id, name) VALUES (?, ?, ?, ?)
                        ON CONFLICT (school_id) DO UPDATE SET municipality_id = excluded.municipality_id,
                          region_id = excluded.region_id, name = excluded.name""")
                .params(schoolId, municipalityId, regionId, name).update();
    }

    public void headcountReported(String schoolId, String municipalityId, String quarter, int pupils10To14,
                                  int pupils15To18, int teachersUpTo3, int teachersOver3) {
        jdbc.sql("""
                        INSERT INTO headcount_fact (school_id, municipality_id, quarter, pupils_10_14, pupils_15_18,
                          teachers_0_3, teachers_over_3) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (school_id, quarter) DO UPDATE SET pupils_10_14 = excluded.pupils_10_14,
                          pupils_15_18 = excluded.pupils_15_18, teachers_0_3 = excluded.teachers_0_3,
                          teachers_over_3 = excluded.teachers_over_3""")
                .params(schoolId, municipalityId, quarter, pupils10To14, pupils15To18, teachersUpTo3, teachersOver3)
                .update();
    }

    public void roadmapStatus(String roadmapId, String schoolId, String municipalityId, String status,
                              int actionCount) {
        jdbc.sql("""
                        INSERT INTO roadmap_fact (roadmap_id, school_id, municipality_id, status, action_count)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (roadmap_id) DO UPDATE SET status = excluded.status,
                          action_count = GREATEST(roadmap_fact.action_count, excluded.action_count)""")
                .params(roadmapId, schoolId, municipalityId, status, actionCount).update();
    }

    public void roadmapActions(String roadmapId, int actionCount) {
        // a roadmap's events arrive in order, so the latest count is the count
        jdbc.sql("UPDATE roadmap_fact SET action_count = ? WHERE roadmap_id = ?")
                .params(actionCount, roadmapId).update();
    }

    public void pairProposed(String pairId, String schoolId, String municipalityId, String form) {
        jdbc.sql("""
                        INSERT INTO pair_fact (pair_id, school_id, municipality_id, form) VALUES (?, ?, ?, ?)
                        ON CONFLICT (pair_id) DO NOTHING""")
                .params(pairId, schoolId, municipalityId, form).update();
    }

    /** The latest word on a due date wins: overdue, then done late, is done late. */
    public void occurrence(String roadmapId, String schoolId, String municipalityId, String actionId,
                           java.time.LocalDate dueDate, String state) {
        jdbc.sql("""
                        INSERT INTO occurrence_fact (action_id, due_date, roadmap_id, school_id, municipality_id, state)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (action_id, due_date) DO UPDATE SET state = excluded.state""")
                .params(actionId, java.sql.Date.valueOf(dueDate), roadmapId, schoolId, municipalityId, state).update();
    }
}
