package ru.nastavnik.monitoring.feed;

import java.math.BigDecimal;
import java.util.List;

import ru.nastavnik.contracts.monitoring.FeedFigure;
import ru.nastavnik.contracts.monitoring.FeedFormCount;
import ru.nastavnik.monitoring.snapshots.SnapshotFigure;

/**
 * Small-count suppression of the regional feed. A numerator or denominator that counts people (participants once
 * each, headcounts; see {@code SnapshotFigures.COUNTING_PEOPLE}) and is 1 to 4 is not published, and neither is
 * anything it could be derived back from: the other part of the fraction, the value, and for a restatement the
 * previous value and the difference. The same rule holds at every level — a school's figures and the sums of a
 * municipality or the region. Zero is published: it reveals nobody.
 */
final class Suppression {

    /** Fewer people than this are never published. */
    static final int THRESHOLD = 5;

    private Suppression() {
    }

    /**
     * @param previous the previous version's figure for a restatement (the same figure when it did not change), or
     *                 null for an approved snapshot
     */
    static FeedFigure figure(SnapshotFigure current, SnapshotFigure previous) {
        boolean suppressed = small(current) || previous != null && small(previous);
        List<FeedFormCount> byForm = current.byForm() == null ? null : current.byForm().stream()
                .map(form -> new FeedFormCount(form.form(), form.value())).toList();
        if (suppressed) {
            return new FeedFigure(current.code(), current.definitionVersion(), current.name(), current.unit(), null,
                    null, null, current.target(), true, null, null, byForm);
        }
        BigDecimal previousValue = previous == null ? null : previous.value();
        BigDecimal difference = previous == null || previous.value() == null || current.value() == null ? null
                : current.value().subtract(previous.value());
        return new FeedFigure(current.code(), current.definitionVersion(), current.name(), current.unit(),
                current.numerator(), current.denominator(), current.value(), current.target(), false, previousValue,
                difference, byForm);
    }

    /** The largest scale a satisfaction question uses (1–10). */
    static final int LARGEST_SCALE = 10;

    static boolean small(SnapshotFigure figure) {
        return figure.numeratorCountsPeople() && fewPeople(figure.numerator())
                || figure.denominatorCountsPeople() && figure.denominator() != null
                && fewPeople(figure.denominator())
                || figure.answersOnScales() && figure.denominator() != null && fewAnswers(figure.denominator());
    }

    /**
     * A satisfaction's denominator is the sum of its answers' scale maxima: below five answers on the largest scale
     * fewer than five people may have answered, and one pupil's score must not reach the region.
     */
    private static boolean fewAnswers(long sumOfMaxima) {
        return sumOfMaxima > 0 && sumOfMaxima < (long) THRESHOLD * LARGEST_SCALE;
    }

    private static boolean fewPeople(long count) {
        return count > 0 && count < THRESHOLD;
    }
}
