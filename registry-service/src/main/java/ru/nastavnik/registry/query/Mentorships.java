package ru.nastavnik.registry.query;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who mentors whom, as pairing announces it: a mentor may read the names of the mentees in their own pairs and
 * groups (fixed by order, until the pair is completed or dissolved or the mentee leaves), nobody else's.
 */
@Component
public class Mentorships {

    private final JdbcClient jdbc;

    Mentorships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void fixed(String pairId, String mentorId, List<String> menteeIds) {
        for (String mentee : menteeIds) {
            jdbc.sql("""
                            INSERT INTO mentorship (pair_id, mentor_id, mentee_id, active) VALUES (?, ?, ?, TRUE)
                            ON CONFLICT (pair_id, mentee_id) DO UPDATE SET active = TRUE""")
                    .params(pairId, mentorId, mentee).update();
        }
    }

    public void ended(String pairId) {
        jdbc.sql("UPDATE mentorship SET active = FALSE WHERE pair_id = ?").param(pairId).update();
    }

    public void menteeLeft(String pairId, String menteeId) {
        jdbc.sql("UPDATE mentorship SET active = FALSE WHERE pair_id = ? AND mentee_id = ?").params(pairId, menteeId)
                .update();
    }

    /** The mentor's own mentees among the given ids. */
    public Set<String> menteesOf(String mentorId, Set<String> among) {
        if (among.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT mentee_id FROM mentorship WHERE mentor_id = :mentor AND active "
                        + "AND mentee_id IN (:ids)")
                .param("mentor", mentorId).param("ids", among).query(String.class).list());
    }
}
