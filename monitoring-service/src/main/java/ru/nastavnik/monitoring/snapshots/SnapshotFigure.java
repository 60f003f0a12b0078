package ru.nastavnik.monitoring.snapshots;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One indicator of a frozen snapshot: the figures and the definition version they were computed with, so a later
 * version of the definition never changes them.
 *
 * @param numeratorCountsPeople   the numerator counts people (participants, headcounts, respondents): the feed
 *                                suppresses it under five
 * @param denominatorCountsPeople the same for the denominator
 * @param byForm                  the numerator per form of mentoring for a pair count, else null
 * @param answersOnScales         the denominator is a sum of answers' scale maxima (satisfaction): how many people
 *                                answered is not kept, so the feed suppresses it whenever fewer than five could be
 *                                behind it
 */
public record SnapshotFigure(String code, int definitionVersion, String name, String unit, int factor,
                             long numerator, Long denominator, BigDecimal value, BigDecimal target,
                             boolean numeratorCountsPeople, boolean denominatorCountsPeople,
                             List<FormCount> byForm, boolean answersOnScales) {

    /** A figure that is not a satisfaction (also how snapshots frozen before the flag existed read). */
    public SnapshotFigure(String code, int definitionVersion, String name, String unit, int factor, long numerator,
                          Long denominator, BigDecimal value, BigDecimal target, boolean numeratorCountsPeople,
                          boolean denominatorCountsPeople, List<FormCount> byForm) {
        this(code, definitionVersion, name, unit, factor, numerator, denominator, value, target,
                numeratorCountsPeople, denominatorCountsPeople, byForm, false);
    }

    /** A pair count's part for one form of mentoring (a MentoringForm code). */
    public record FormCount(String form, long value) {
    }

    /** Equal figures: the same version and counts, values compared as numbers (50.0 equals 50.00). */
    public boolean sameAs(SnapshotFigure other) {
        return code.equals(other.code) && definitionVersion == other.definitionVersion
                && numerator == other.numerator && Objects.equals(denominator, other.denominator)
                && (value == null ? other.value == null : other.value != null && value.compareTo(other.value) == 0)
                && Objects.equals(byForm == null ? List.of() : byForm, other.byForm == null ? List.of() : other.byForm);
    }

    /** The value of summed parts: numerator × factor ÷ denominator, two decimals, as the calculator computes it. */
    static BigDecimal valueOf(long numerator, Long denominator, int factor) {
        BigDecimal scaled = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(factor));
        if (denominator == null) {
            return scaled.setScale(2, RoundingMode.HALF_UP);
        }
        return denominator == 0 ? null : scaled.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
