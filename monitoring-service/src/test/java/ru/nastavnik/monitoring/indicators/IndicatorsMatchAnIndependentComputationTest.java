package ru.nastavnik.monitoring.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.nastavnik.monitoring.facts.DatedFacts;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.testing.ServiceIntegrationTest;

/**
 * Property test, written as a seeded loop: random event histories are applied to the facts exactly as the Kafka
 * consumer applies them, then every default indicator at random dates, for every school, municipality and region,
 * must equal {@link Oracle}'s plain computation from the same events. A failure names its seed; run one seed again
 * with {@code -Dmonitoring.property.seed=…}.
 */
class IndicatorsMatchAnIndependentComputationTest extends ServiceIntegrationTest {

    private static final List<String> DEFAULT_SET = List.of("MENTEES_PUPILS_10_18", "MENTORS_PUPILS_15_18",
            "YOUNG_TEACHERS_0_3", "PARTNERS_PROVIDING_MENTORS", "MENTOR_SATISFACTION", "MENTEE_SATISFACTION",
            "ACTIVE_PAIRS", "COMPLETED_PAIRS", "MEETINGS_HELD", "STALLED_PAIRS", "ROADMAP_ON_TIME");

    @Autowired
    DatedFacts facts;

    @Autowired
    IndicatorAccess access;

    @Autowired
    IndicatorCalculator calculator;

    @Autowired
    ru.nastavnik.monitoring.definitions.IndicatorDefinitions definitions;

    private int nonZero;

    @Test
    void everyDefaultIndicatorEqualsItsFormulaComputedFromTheEventsAtEveryLevel() {
        // the build runs a fixed set of histories, so a red build is reproducible; explore new ones with
        // -Dmonitoring.property.seed=<any number> (and more with -Dmonitoring.property.histories=N)
        long baseSeed = Long.getLong("monitoring.property.seed", 20_261_202L);
        int histories = Integer.getInteger("monitoring.property.histories", 12);
        int comparisons = 0;
        nonZero = 0;
        for (int i = 0; i < histories; i++) {
            long seed = baseSeed + i;
            try {
                comparisons += check(seed);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("Indicator property failed for seed " + seed
                        + " (rerun with -Dmonitoring.property.seed=" + seed + " -Dmonitoring.property.histories=1)",
                        failure);
            }
        }
        System.out.printf("Indicator property: %d histories, %d figures compared with the oracle, %d of them not zero "
                + "(base seed %d)%n", histories, comparisons, nonZero, baseSeed);
        assertThat(comparisons).isGreaterThan(histories * 50);
        // the histories must exercise the formulas, not compare zeros with zeros
        assertThat(nonZero).isGreaterThan(comparisons / 4);
    }

    private int check(long seed) {
        Random random = new Random(seed);
        GeneratedHistory history = new GeneratedHistory(random, "h" + Long.toHexString(seed));
        history.events.forEach(dated -> facts.apply(dated.event(), dated.happenedOn()));
        history.answers.forEach(answer -> facts.satisfactionAnswered(answer.answerId(), answer.schoolId(),
                answer.role(), answer.score(), answer.scaleMax(), answer.answeredOn()));
        Oracle oracle = new Oracle(history);

        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31)));
        for (int d = 0; d < 4; d++) {
            days.add(history.randomDate());
        }
        int compared = 0;
        for (LocalDate day : days) {
            for (String school : history.schools) {
                compared += compare(oracle, Level.SCHOOL, school, List.of(school), day);
            }
            for (String municipality : history.municipalities) {
                List<String> schools = history.schools.stream()
                        .filter(school -> oracle.municipalityOn(school, day).equals(municipality)).toList();
                compared += compare(oracle, Level.MUNICIPALITY, municipality, schools, day);
            }
            for (String region : history.regions) {
                List<String> schools = history.schools.stream()
                        .filter(school -> oracle.regionOn(school, day).equals(region)).toList();
                compared += compare(oracle, Level.REGION, region, schools, day);
            }
        }
        return compared;
    }

    private int compare(Oracle oracle, Level level, String unit, List<String> expectedSchools, LocalDate day) {
        if (level == Level.REGION && expectedSchools.isEmpty()) {
            // a generated region no school was put in on that day may never have had one: the API rightly says
            // "not found" for a region it has never heard of, and there is nothing to compare
            return 0;
        }
        String region = level == Level.REGION ? unit : null;
        if (level != Level.REGION) {
            // the analyst of the region the unit is in on that day (a municipality is in one region)
            String aSchool = expectedSchools.isEmpty() ? null : expectedSchools.get(0);
            region = aSchool == null ? null : oracle.regionOn(aSchool, day);
        }
        if (region == null) {
            return 0; // a municipality with no school on that day: nothing to compare
        }
        Caller analyst = new Caller("analyst", "analyst", null, null, region, Set.of(Caller.REGIONAL_ANALYST), null);
        IndicatorScope scope = access.resolve(analyst, level.name(), unit, day.toString());
        assertThat(scope.schoolIds()).as("schools of %s %s on %s", level, unit, day)
                .containsExactlyInAnyOrderElementsOf(expectedSchools);

        Map<String, IndicatorFigure> figures = new LinkedHashMap<>();
        calculator.compute(definitions.current(null), scope.schoolIds(), day)
                .forEach(figure -> figures.put(figure.code(), figure));
        assertThat(figures.keySet()).containsAll(DEFAULT_SET);
        for (String code : DEFAULT_SET) {
            Oracle.Expected expected = oracle.expected(code, expectedSchools, day);
            IndicatorFigure actual = figures.get(code);
            nonZero += actual.numerator() > 0 ? 1 : 0;
            String where = code + " for " + level + " " + unit + " on " + day;
            assertThat(actual.numerator()).as("numerator of " + where).isEqualTo(expected.numerator());
            assertThat(actual.denominator()).as("denominator of " + where).isEqualTo(expected.denominator());
            if (expected.denominator() == null) {
                assertThat(actual.value().doubleValue()).as("value of " + where).isEqualTo(expected.numerator());
            } else if (expected.denominator() == 0) {
                assertThat(actual.value()).as("value of " + where).isNull();
            } else {
                assertThat(actual.value().doubleValue()).as("value of " + where)
                        .isCloseTo(100.0 * expected.numerator() / expected.denominator(), within(0.005 + 1e-9));
            }
            if (expected.byForm() != null) {
                Map<String, Long> byForm = new HashMap<>();
                actual.byForm().forEach(form -> byForm.put(form.form(), form.value()));
                assertThat(byForm).as("by form: " + where).isEqualTo(expected.byForm());
            }
        }
        return DEFAULT_SET.size();
    }
}
