package ru.nastavnik.monitoring.definitions;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * What a measure counts or sums, and over which window of time relative to the date D of the calculation. The
 * kinds are code (each is one query over the dated facts); which of them an indicator uses, with which filters, is
 * data. Every filter and every value a filter may take is listed here, so a definition can never inject anything.
 */
public enum FactKind {
    /** People (once each) who were mentors or mentees in a pair or group active on any day of D's school year up to D. */
    PAIR_PARTICIPANTS(Map.of(
            "pairRole", Set.of("MENTOR", "MENTEE"),
            "category", Set.of("PUPIL", "YOUNG_TEACHER", "NEW_TEACHER", "TEACHER", "GRADUATE", "COLLEGE_STUDENT",
                    "PARTNER_EMPLOYEE"),
            "ageBand", Set.of("under-10", "10-14", "15-18", "adult"),
            "experienceBand", Set.of("0-3", "over-3")), Set.of(), false),
    /** The sum of the chosen fields of the school's latest headcount report applying on or before D. */
    HEADCOUNT(Map.of("field", Set.of("PUPILS_10_14", "PUPILS_15_18", "TEACHERS_0_3", "TEACHERS_OVER_3")),
            Set.of("field"), false),
    /** Partner organisations (once each) with an agreement in force on D; optionally only those providing mentors. */
    PARTNERS_IN_FORCE(Map.of("providingMentors", Set.of("true")), Set.of(), false),
    /** The sum of satisfaction scores given in D's school year up to D. */
    SATISFACTION_SCORE(Map.of("respondentRole", Set.of("MENTOR", "MENTEE")), Set.of(), false),
    /** The sum of the scales' maxima of the same answers: their number × the maximum. */
    SATISFACTION_MAXIMUM(Map.of("respondentRole", Set.of("MENTOR", "MENTEE")), Set.of(), false),
    /** Pairs and groups active on D. */
    PAIRS_ACTIVE(Map.of("form", forms()), Set.of(), true),
    /** Pairs and groups completed in D's school year up to D. */
    PAIRS_COMPLETED(Map.of("form", forms()), Set.of(), true),
    /** Pairs and groups active and stalled on D. */
    PAIRS_STALLED(Map.of("form", forms()), Set.of(), true),
    /** Meetings held in D's school year up to D. */
    MEETINGS_HELD(Map.of("form", forms()), Set.of(), true),
    /** Roadmap due dates that came due by D, in the state they were in on D. */
    ROADMAP_DUE_DATES(Map.of("state", Set.of("DONE", "DONE_LATE", "OVERDUE")), Set.of("state"), false);

    private final Map<String, Set<String>> filters;
    private final Set<String> requiredFilters;
    private final boolean countsPairs;

    FactKind(Map<String, Set<String>> filters, Set<String> requiredFilters, boolean countsPairs) {
        this.filters = filters;
        this.requiredFilters = requiredFilters;
        this.countsPairs = countsPairs;
    }

    public Map<String, Set<String>> filters() {
        return filters;
    }

    public Set<String> requiredFilters() {
        return requiredFilters;
    }

    /** True when the measure counts pairs (or their meetings), so it can be broken down by form. */
    public boolean countsPairs() {
        return countsPairs;
    }

    private static Set<String> forms() {
        return Arrays.stream(MentoringForm.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
