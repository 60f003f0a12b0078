package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * A pair's score. {@link #total} is called for every candidate arc (millions in a district), {@link #score} only for
 * pairs that are shown; both go through {@link #points}, so a shown part can never differ from what was optimised.
 * Request and competency codes are interned to bit positions to keep the hot path free of string work.
 */
final class Scorer {

    private static final Criterion[] CRITERIA = Criterion.values();
    /** Marks a criterion that does not apply to the pair's form (so it is not listed among the parts). */
    private static final int NOT_APPLICABLE = -1;

    private final Instance instance;
    private final Weights weights;
    private final int idealGap;
    private final int[][] requests;
    private final long[][] competencies;
    private final int[] preferredForms;
    private final int[] points = new int[CRITERIA.length];

    Scorer(Instance instance) {
        this.instance = instance;
        this.weights = instance.settings().weights();
        this.idealGap = instance.settings().idealGradeGap();
        // only codes some mentee asked for can earn points, so only those get a bit
        Map<String, Integer> codes = new HashMap<>();
        requests = new int[instance.menteeCount()][];
        for (int i = 0; i < instance.menteeCount(); i++) {
            requests[i] = instance.mentee(i).requests().stream()
                    .mapToInt(code -> codes.computeIfAbsent(code, ignored -> codes.size()))
                    .toArray();
        }
        int words = (codes.size() + 63) / 64;
        competencies = new long[instance.mentorCount()][];
        preferredForms = new int[instance.mentorCount()];
        for (int j = 0; j < instance.mentorCount(); j++) {
            long[] bits = new long[words];
            for (String code : instance.mentor(j).competencies()) {
                Integer bit = codes.get(code);
                if (bit != null) {
                    bits[bit >>> 6] |= 1L << bit;
                }
            }
            competencies[j] = bits;
            for (MentoringForm form : instance.mentor(j).preferredForms()) {
                preferredForms[j] |= 1 << form.ordinal();
            }
        }
    }

    /** The score of a pair, in the form its categories make (the form-free criteria only, when they make none). */
    int total(int mentee, int mentor) {
        points(mentee, mentor);
        int sum = 0;
        for (int value : points) {
            if (value != NOT_APPLICABLE) {
                sum += value;
            }
        }
        return sum;
    }

    /** The score with its parts, for the pairs a curator reads. */
    Score score(int mentee, int mentor) {
        points(mentee, mentor);
        int[] values = points.clone();
        List<ScorePart> parts = new ArrayList<>();
        int total = 0;
        for (Criterion criterion : CRITERIA) {
            int value = values[criterion.ordinal()];
            if (value != NOT_APPLICABLE) {
                parts.add(new ScorePart(criterion, value, detail(criterion, mentee, mentor)));
                total += value;
            }
        }
        return new Score(total, parts);
    }

    private void points(int mentee, int mentor) {
        Mentee who = instance.mentee(mentee);
        Mentor by = instance.mentor(mentor);
        MentoringForm form = Eligibility.formOf(by.category(), who.category());

        points[Criterion.REQUESTS_MET.ordinal()] = weights.requestMet() * met(mentee, mentor);
        points[Criterion.PREFERRED_FORM.ordinal()] = form == null
                ? NOT_APPLICABLE
                : (preferredForms[mentor] & (1 << form.ordinal())) != 0 ? weights.preferredForm() : 0;
        points[Criterion.GRADE_GAP.ordinal()] = form == MentoringForm.PUPIL_PUPIL && who.grade() != null && by.grade() != null
                ? gradeGapPoints(by.grade() - who.grade())
                : NOT_APPLICABLE;
        points[Criterion.TRAINED.ordinal()] = by.trained() ? weights.trained() : 0;
        points[Criterion.NO_ACTIVE_PAIRS.ordinal()] = by.activeLoad() == 0 ? weights.noActivePairs() : 0;
    }

    private int met(int mentee, int mentor) {
        long[] bits = competencies[mentor];
        int met = 0;
        for (int code : requests[mentee]) {
            if ((bits[code >>> 6] & (1L << code)) != 0) {
                met++;
            }
        }
        return met;
    }

    private int gradeGapPoints(int gap) {
        return Math.max(0, weights.gradeGap() - weights.gradeGapPenalty() * Math.abs(gap - idealGap));
    }

    private String detail(Criterion criterion, int mentee, int mentor) {
        Mentee who = instance.mentee(mentee);
        Mentor by = instance.mentor(mentor);
        return switch (criterion) {
            case REQUESTS_MET -> {
                if (who.requests().isEmpty()) {
                    yield "у наставляемого нет запросов";
                }
                List<String> met = who.requests().stream().filter(by.competencies()::contains).toList();
                yield "закрыто " + met.size() + " из " + who.requests().size()
                        + (met.isEmpty() ? "" : ": " + String.join(", ", met));
            }
            case PREFERRED_FORM -> {
                MentoringForm form = Eligibility.formOf(by.category(), who.category());
                if (by.preferredForms().isEmpty()) {
                    yield "наставник не указал желаемые формы";
                }
                yield by.preferredForms().contains(form)
                        ? "наставник выбрал форму «" + form.title() + "»"
                        : "наставник выбрал другие формы: " + by.preferredForms().stream()
                                .map(preferred -> "«" + preferred.title() + "»").collect(Collectors.joining(", "));
            }
            case GRADE_GAP -> "разница " + (by.grade() - who.grade()) + " кл., лучше всего " + idealGap + " кл.";
            case TRAINED -> by.trained() ? "обучение пройдено" : "обучение не пройдено";
            case NO_ACTIVE_PAIRS -> by.activeLoad() == 0 ? "действующих пар нет" : "действующих пар: " + by.activeLoad();
        };
    }
}
