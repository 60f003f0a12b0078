package ru.nastavnik.pairing.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.pairing.programme.Programmes;
import ru.nastavnik.platform.security.Caller;

/**
 * Pairing at a glance, counts only: for the school itself, and for the department per school of its municipality —
 * the two weeks from choosing the model to the order that fixes the pairs, pairs by state and form, stalled pairs,
 * mentees still without a pair. Never a person.
 */
@RestController
@RequestMapping("/api/pairing/overview")
@Tag(name = "Пары: сводка для школы и управления")
class OverviewController {

    private final JdbcClient jdbc;
    private final Programmes programmes;
    private final Clock clock;

    OverviewController(JdbcClient jdbc, Programmes programmes, Clock clock) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * @param state NOT_CHOSEN (no forms chosen this year), DAYS_LEFT, OVERDUE (days past the deadline) or DONE
     *              (an order fixed pairs after the choice)
     */
    record Countdown(String state, LocalDate chosenOn, LocalDate pairsDue, Integer days, LocalDate firstOrderOn) {
    }

    record SchoolOverview(String schoolId, String schoolYear, List<String> forms, Countdown countdown,
                          Map<String, Integer> pairsByStatus, Map<String, Integer> activeByForm, int stalled,
                          int mentees, int menteesWithoutPair, int mentors) {
    }

    @GetMapping
    @Operation(summary = "Сводка по парам: школе — своя, управлению — по каждой школе муниципалитета; только числа")
    List<SchoolOverview> overview(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        String year = Programmes.schoolYearOf(today);
        if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            String municipality = caller.requireMunicipality();
            TreeSet<String> schools = new TreeSet<>();
            schools.addAll(jdbc.sql("SELECT DISTINCT school_id FROM candidate WHERE municipality_id = ?")
                    .param(municipality).query(String.class).list());
            schools.addAll(jdbc.sql("SELECT DISTINCT school_id FROM pair_view WHERE municipality_id = ?")
                    .param(municipality).query(String.class).list());
            programmes.choicesOfMunicipality(municipality, year).forEach(choice -> schools.add(choice.schoolId()));
            List<SchoolOverview> all = new ArrayList<>();
            schools.forEach(school -> all.add(of(school, year, today)));
            return all;
        }
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return List.of(of(caller.requireSchool(), year, today));
    }

    private SchoolOverview of(String schoolId, String year, LocalDate today) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        jdbc.sql("SELECT status, count(*) AS n FROM pair_view WHERE school_id = ? GROUP BY status ORDER BY status")
                .param(schoolId).query((rs, row) -> byStatus.put(rs.getString("status"), rs.getInt("n"))).list();
        Map<String, Integer> byForm = new LinkedHashMap<>();
        jdbc.sql("SELECT form, count(*) AS n FROM pair_view WHERE school_id = ? AND status = 'ACTIVE' GROUP BY form ORDER BY form")
                .param(schoolId).query((rs, row) -> byForm.put(rs.getString("form"), rs.getInt("n"))).list();
        int stalled = jdbc.sql("SELECT count(*) FROM pair_view WHERE school_id = ? AND status = 'ACTIVE' AND stall_reasons <> ''")
                .param(schoolId).query(Integer.class).single();
        int mentees = count("SELECT count(*) FROM candidate WHERE school_id = ? AND role = 'MENTEE' AND NOT withdrawn", schoolId);
        int mentors = count("SELECT count(*) FROM candidate WHERE school_id = ? AND role = 'MENTOR' AND NOT withdrawn", schoolId);
        int paired = count("""
                SELECT count(DISTINCT m.mentee_id) FROM pair_mentee m JOIN pair_view p ON p.id = m.pair_id
                WHERE p.school_id = ? AND p.status IN ('CONFIRMED', 'ACTIVE') AND m.left_on IS NULL""", schoolId);
        var choice = programmes.choiceOf(schoolId, year);
        Countdown countdown;
        if (choice.isEmpty()) {
            countdown = new Countdown("NOT_CHOSEN", null, null, null, null);
        } else {
            LocalDate chosenOn = choice.get().chosenOn();
            LocalDate due = choice.get().pairsDue();
            LocalDate firstOrder = jdbc.sql("""
                            SELECT fixed_on FROM pair_view WHERE school_id = ? AND fixed_on >= ?
                            ORDER BY fixed_on LIMIT 1""")
                    .params(schoolId, java.sql.Date.valueOf(chosenOn))
                    .query((rs, row) -> rs.getDate(1).toLocalDate()).optional().orElse(null);
            if (firstOrder != null) {
                countdown = new Countdown("DONE", chosenOn, due, (int) ChronoUnit.DAYS.between(firstOrder, due),
                        firstOrder);
            } else if (today.isAfter(due)) {
                countdown = new Countdown("OVERDUE", chosenOn, due, (int) ChronoUnit.DAYS.between(due, today), null);
            } else {
                countdown = new Countdown("DAYS_LEFT", chosenOn, due, (int) ChronoUnit.DAYS.between(today, due), null);
            }
        }
        return new SchoolOverview(schoolId, year, choice.map(Programmes.YearChoice::forms).orElse(List.of()), countdown,
                byStatus, byForm, stalled, mentees, Math.max(0, mentees - paired), mentors);
    }

    private int count(String sql, String schoolId) {
        return jdbc.sql(sql).param(schoolId).query(Integer.class).single();
    }
}
