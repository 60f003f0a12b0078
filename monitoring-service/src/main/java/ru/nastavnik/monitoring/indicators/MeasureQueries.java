package ru.nastavnik.monitoring.indicators;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.definitions.FactKind;
import ru.nastavnik.monitoring.definitions.Measure;

/**
 * One query per kind of fact, evaluated for a set of schools as of a date D: per school (and per form of mentoring
 * for pair counts) the count or sum. The SQL text is fixed here; a definition only chooses filter values, which
 * are bound as parameters.
 */
@Component
class MeasureQueries {

    /** The group key of a measure that is not broken down. */
    static final String ALL = "";

    /**
     * A member was in an active pair on some day of [the school year's start, D]: the pair was fixed by D and their
     * membership (ended by leaving or by the pair's end, exclusive) outlasted both the fixing and the year's start.
     */
    private static final String ACTIVE_IN_YEAR_TO_DATE = """
            t.fixed_on <= :d
            AND COALESCE(LEAST(m.left_on, t.ended_on), 'infinity'::date) > GREATEST(t.fixed_on, :yearStart)""";

    private static final String ACTIVE_ON_DATE = "t.fixed_on <= :d AND (t.ended_on IS NULL OR t.ended_on > :d)";

    private static final Map<String, String> HEADCOUNT_COLUMNS = Map.of("PUPILS_10_14", "pupils_10_14",
            "PUPILS_15_18", "pupils_15_18", "TEACHERS_0_3", "teachers_0_3", "TEACHERS_OVER_3", "teachers_over_3");

    private final NamedParameterJdbcTemplate jdbc;

    MeasureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** school → group (a form's code, or {@link #ALL}) → value; schools with nothing to count are absent. */
    Map<String, Map<String, Long>> evaluate(Measure measure, Collection<String> schools, LocalDate day) {
        Map<String, Map<String, Long>> result = new HashMap<>();
        if (schools.isEmpty()) {
            return result;
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("schools", schools)
                .addValue("d", Date.valueOf(day))
                .addValue("yearStart", Date.valueOf(SchoolYear.startOf(day)));
        List<String> where = new ArrayList<>();
        String sql = switch (measure.fact()) {
            case PAIR_PARTICIPANTS -> {
                restrict(measure, "pairRole", "m.member_role", where, params);
                restrict(measure, "category", "p.category", where, params);
                restrict(measure, "ageBand", "p.age_band", where, params);
                restrict(measure, "experienceBand", "p.experience_band", where, params);
                yield """
                        SELECT t.school_id, '' AS grp, COUNT(DISTINCT m.participant_id) AS n
                        FROM pair_term_fact t
                        JOIN pair_member_fact m ON m.pair_id = t.pair_id
                        JOIN participant_fact p ON p.participant_id = m.participant_id
                        WHERE t.school_id IN (:schools) AND """ + " " + ACTIVE_IN_YEAR_TO_DATE + and(where)
                        + " GROUP BY t.school_id";
            }
            case HEADCOUNT -> {
                String sum = measure.filter("field").stream().map(HEADCOUNT_COLUMNS::get)
                        .collect(Collectors.joining(" + "));
                yield "SELECT DISTINCT ON (school_id) school_id, '' AS grp, (" + sum + ") AS n"
                        + " FROM headcount_report_fact WHERE school_id IN (:schools) AND applies_from <= :d"
                        + " ORDER BY school_id, applies_from DESC";
            }
            case PARTNERS_IN_FORCE -> {
                if (measure.filter("providingMentors") != null) {
                    where.add("""
                            EXISTS (SELECT 1 FROM participant_fact p
                              JOIN pair_member_fact m ON m.participant_id = p.participant_id AND m.member_role = 'MENTOR'
                              JOIN pair_term_fact t ON t.pair_id = m.pair_id
                              WHERE p.partner_id = a.partner_id AND t.school_id = a.school_id AND """
                            + " " + ACTIVE_IN_YEAR_TO_DATE + ")");
                }
                yield """
                        SELECT a.school_id, '' AS grp, COUNT(DISTINCT a.partner_id) AS n
                        FROM partner_agreement_fact a
                        WHERE a.school_id IN (:schools) AND a.signed_on <= :d
                          AND (a.valid_until IS NULL OR a.valid_until >= :d)""" + and(where)
                        + " GROUP BY a.school_id";
            }
            case SATISFACTION_SCORE, SATISFACTION_MAXIMUM -> {
                restrict(measure, "respondentRole", "respondent_role", where, params);
                String summed = measure.fact() == FactKind.SATISFACTION_SCORE ? "score" : "scale_max";
                yield "SELECT school_id, '' AS grp, SUM(" + summed + ") AS n FROM satisfaction_answer_fact"
                        + " WHERE school_id IN (:schools) AND answered_on BETWEEN :yearStart AND :d" + and(where)
                        + " GROUP BY school_id";
            }
            case PAIRS_ACTIVE, PAIRS_COMPLETED, PAIRS_STALLED -> {
                restrict(measure, "form", "t.form", where, params);
                where.add(switch (measure.fact()) {
                    case PAIRS_ACTIVE -> ACTIVE_ON_DATE;
                    case PAIRS_COMPLETED -> "t.end_kind = 'COMPLETED' AND t.ended_on BETWEEN :yearStart AND :d";
                    default -> ACTIVE_ON_DATE + " " + """
                             AND (SELECT s.stalled FROM pair_stall_fact s WHERE s.pair_id = t.pair_id AND s.since <= :d
                                  ORDER BY s.since DESC LIMIT 1) IS TRUE""";
                });
                yield "SELECT t.school_id, t.form AS grp, COUNT(*) AS n FROM pair_term_fact t"
                        + " WHERE t.school_id IN (:schools)" + and(where) + " GROUP BY t.school_id, t.form";
            }
            case MEETINGS_HELD -> {
                restrict(measure, "form", "t.form", where, params);
                yield "SELECT mt.school_id, COALESCE(t.form, 'UNKNOWN') AS grp, COUNT(*) AS n FROM meeting_fact mt"
                        + " LEFT JOIN pair_term_fact t ON t.pair_id = mt.pair_id"
                        + " WHERE mt.school_id IN (:schools) AND mt.held_on BETWEEN :yearStart AND :d" + and(where)
                        + " GROUP BY mt.school_id, COALESCE(t.form, 'UNKNOWN')";
            }
            case ROADMAP_DUE_DATES -> {
                params.addValue("state", measure.filter("state"));
                // the state a due date was in on D, from the days each word about it arrived
                yield """
                        SELECT school_id, '' AS grp, COUNT(*) AS n FROM (
                          SELECT school_id, CASE
                            WHEN cancelled_on <= :d THEN 'CANCELLED'
                            WHEN done_on <= :d THEN CASE WHEN done_on_time THEN 'DONE' ELSE 'DONE_LATE' END
                            WHEN due_date < :d THEN 'OVERDUE'
                            ELSE 'PENDING' END AS state
                          FROM due_date_fact WHERE school_id IN (:schools) AND due_date <= :d) due
                        WHERE state IN (:state) GROUP BY school_id""";
            }
        };
        jdbc.query(sql, params, rs -> {
            long value = rs.getLong("n");
            result.computeIfAbsent(rs.getString("school_id"), school -> new HashMap<>())
                    .merge(rs.getString("grp"), value, Long::sum);
        });
        return result;
    }

    private static void restrict(Measure measure, String filter, String column, List<String> where,
                                 MapSqlParameterSource params) {
        List<String> values = measure.filter(filter);
        if (values != null) {
            where.add(column + " IN (:" + filter + ")");
            params.addValue(filter, values);
        }
    }

    private static String and(List<String> conditions) {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }
}
