package ru.nastavnik.monitoring.snapshots;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The school's personified account (персонифицированный учёт) for a quarter: who took part, as whom, in which form
 * and pair. Ids only: monitoring never holds a name; the gateway asks the registry for the names, at the school's
 * own request.
 */
@Repository
class PersonifiedAccount {

    /** One person's part in one pair or group during the quarter. */
    record Participation(String participantId, String pairRole, String category, String form, String pairId,
                         boolean group) {
    }

    record Account(String schoolId, String quarter, long participants, List<Participation> participations) {
    }

    private final JdbcClient jdbc;

    PersonifiedAccount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members of the school's pairs and groups fixed by order that were active on some day of the quarter. */
    Account of(String schoolId, Quarter quarter) {
        List<Participation> rows = jdbc.sql("""
                        SELECT m.participant_id, m.member_role, p.category, t.form, t.pair_id, t.is_group
                        FROM pair_term_fact t
                        JOIN pair_member_fact m ON m.pair_id = t.pair_id
                        LEFT JOIN participant_fact p ON p.participant_id = m.participant_id
                        WHERE t.school_id = :school AND t.fixed_on <= :last
                          AND COALESCE(LEAST(m.left_on, t.ended_on), 'infinity'::date) > GREATEST(t.fixed_on, :first)
                        ORDER BY m.member_role DESC, m.participant_id, t.pair_id""")
                .param("school", schoolId).param("first", Date.valueOf(quarter.firstDay()))
                .param("last", Date.valueOf(quarter.lastDay()))
                .query((rs, row) -> new Participation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list();
        long people = rows.stream().map(Participation::participantId).distinct().count();
        return new Account(schoolId, quarter.toString(), people, rows);
    }
}
