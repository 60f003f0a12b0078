package ru.nastavnik.monitoring.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.monitoring.definitions.IndicatorDefinitions;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.testing.ServiceIntegrationTest;

/**
 * Prints how long the whole default set takes for a region of N schools (and one municipality of it), with facts
 * of a realistic shape loaded in bulk: per school 300 participants, 100 pairs and groups, 400 meetings, 30 due dates,
 * 3 partners, 40 answers. Asserts only that the figures are not empty, nothing about time.
 */
class RegionIndicatorsBenchmarkTest extends ServiceIntegrationTest {

    private static final int SCHOOLS = Integer.getInteger("monitoring.benchmark.schools", 500);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorAccess access;

    @Autowired
    IndicatorCalculator calculator;

    @Autowired
    IndicatorDefinitions definitions;

    @Autowired
    MeasureQueries queries;

    @Test
    void printsTheTimeToComputeARegionsIndicators() {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        long loading = System.nanoTime();
        jdbc.sql("""
                INSERT INTO school_membership_fact (school_id, effective_from, municipality_id, region_id)
                SELECT :r || '-s' || s, '-infinity', :r || '-m' || (s % 20), :r FROM generate_series(1, :n) s""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO headcount_report_fact (school_id, applies_from, pupils_10_14, pupils_15_18, teachers_0_3,
                  teachers_over_3)
                SELECT :r || '-s' || s, DATE '2026-07-01', 300, 200, 5, 40 FROM generate_series(1, :n) s""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO participant_fact (participant_id, school_id, role, category, age_band, experience_band,
                  partner_id, enrolled_on)
                SELECT :r || '-p' || s || '-' || p, :r || '-s' || s, CASE WHEN p % 3 = 0 THEN 'MENTOR' ELSE 'MENTEE' END,
                  CASE WHEN p % 10 = 0 THEN 'YOUNG_TEACHER' WHEN p % 10 = 1 THEN 'PARTNER_EMPLOYEE' ELSE 'PUPIL' END,
                  CASE WHEN p % 2 = 0 THEN '10-14' ELSE '15-18' END, CASE WHEN p % 10 = 0 THEN '0-3' END,
                  CASE WHEN p % 10 = 1 THEN :r || '-partner' || s || '-' || (p % 3) END, DATE '2026-09-01'
                FROM generate_series(1, :n) s, generate_series(1, 300) p""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO pair_term_fact (pair_id, school_id, form, is_group, fixed_on, ended_on, end_kind)
                SELECT :r || '-pair' || s || '-' || k, :r || '-s' || s,
                  (ARRAY['PUPIL_PUPIL','TEACHER_TEACHER','STUDENT_PUPIL','EMPLOYER_PUPIL'])[1 + k % 4], k % 5 = 0,
                  DATE '2026-09-10' + (k % 30), CASE WHEN k % 7 = 0 THEN DATE '2026-12-01' + (k % 60) END,
                  CASE WHEN k % 7 = 0 THEN 'COMPLETED' END
                FROM generate_series(1, :n) s, generate_series(1, 100) k""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO pair_member_fact (pair_id, participant_id, member_role)
                SELECT :r || '-pair' || s || '-' || k, :r || '-p' || s || '-' || (1 + (k * 3 + j) % 300),
                  CASE WHEN j = 0 THEN 'MENTOR' ELSE 'MENTEE' END
                FROM generate_series(1, :n) s, generate_series(1, 100) k, generate_series(0, 2) j
                ON CONFLICT DO NOTHING""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO meeting_fact (meeting_id, pair_id, school_id, held_on)
                SELECT :r || '-meet' || s || '-' || k, :r || '-pair' || s || '-' || (1 + k % 100), :r || '-s' || s,
                  DATE '2026-09-15' + (k % 120)
                FROM generate_series(1, :n) s, generate_series(1, 400) k""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO pair_stall_fact (pair_id, since, stalled)
                SELECT :r || '-pair' || s || '-' || k, DATE '2026-10-01', true
                FROM generate_series(1, :n) s, generate_series(1, 100, 9) k""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO partner_agreement_fact (agreement_id, partner_id, school_id, signed_on, valid_until)
                SELECT :r || '-ag' || s || '-' || k, :r || '-partner' || s || '-' || k, :r || '-s' || s,
                  DATE '2026-01-01', NULL
                FROM generate_series(1, :n) s, generate_series(0, 2) k""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO due_date_fact (action_id, due_date, school_id, done_on, done_on_time)
                SELECT :r || '-act' || s || '-' || k, DATE '2026-09-01' + k * 4, :r || '-s' || s,
                  CASE WHEN k % 3 <> 0 THEN DATE '2026-09-01' + k * 4 END, k % 3 = 1
                FROM generate_series(1, :n) s, generate_series(1, 30) k""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("""
                INSERT INTO satisfaction_answer_fact (answer_id, school_id, respondent_role, score, scale_max,
                  answered_on)
                SELECT :r || '-ans' || s || '-' || k, :r || '-s' || s, CASE WHEN k % 2 = 0 THEN 'MENTOR' ELSE 'MENTEE' END,
                  k % 6, 5, DATE '2026-10-01' + k
                FROM generate_series(1, :n) s, generate_series(1, 40) k""")
                .param("r", run).param("n", SCHOOLS).update();
        jdbc.sql("ANALYZE").update();
        double loadSeconds = (System.nanoTime() - loading) / 1e9;

        Caller analyst = new Caller("analyst", "analyst", null, null, run, Set.of(Caller.REGIONAL_ANALYST), null);
        LocalDate day = LocalDate.of(2026, 12, 15);
        long[] regionMillis = new long[3];
        long[] municipalityMillis = new long[3];
        List<IndicatorFigure> figures = null;
        for (int i = 0; i < regionMillis.length; i++) {
            long start = System.nanoTime();
            IndicatorScope region = access.resolve(analyst, "REGION", run, day.toString());
            figures = calculator.compute(definitions.current(null), region.schoolIds(), day);
            regionMillis[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            IndicatorScope municipality = access.resolve(analyst, "MUNICIPALITY", run + "-m1", day.toString());
            calculator.compute(definitions.current(run + "-m1"), municipality.schoolIds(), day);
            municipalityMillis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        System.out.printf("Indicator benchmark: region of %d schools (%,d participants, %,d pairs, %,d meetings) "
                        + "loaded in %.1f s; the whole default set for the region: %s ms (runs), for a municipality of "
                        + "%d schools: %s ms%n", SCHOOLS, SCHOOLS * 300L, SCHOOLS * 100L, SCHOOLS * 400L, loadSeconds,
                java.util.Arrays.toString(regionMillis), SCHOOLS / 20, java.util.Arrays.toString(municipalityMillis));
        figures.forEach(figure -> System.out.printf("  %-28s %,10d / %-10s = %s%n", figure.code(), figure.numerator(),
                figure.denominator(), figure.value()));
        // where the time goes: each measure of the region alone
        List<String> regionSchools = access.resolve(analyst, "REGION", run, day.toString()).schoolIds();
        for (var definition : definitions.current(null)) {
            for (var measure : java.util.Arrays.asList(definition.numerator(), definition.denominator())) {
                if (measure != null) {
                    long start = System.nanoTime();
                    queries.evaluate(measure, regionSchools, day);
                    System.out.printf("  measure %-22s %-60s %5d ms%n", measure.fact(), measure.filters(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        assertThat(figures).filteredOn(figure -> figure.code().equals("MENTEES_PUPILS_10_18")).singleElement()
                .satisfies(figure -> assertThat(figure.numerator()).isPositive());
    }
}
