package ru.nastavnik.monitoring.snapshots;

import java.math.BigDecimal;

/**
 * How a restatement changed one figure: the previous version's numbers beside the new ones.
 *
 * @param difference value − previous value; null when either is null (a zero denominator)
 */
public record FigureChange(String code, long previousNumerator, Long previousDenominator, BigDecimal previousValue,
                           long numerator, Long denominator, BigDecimal value, BigDecimal difference) {

    static FigureChange between(SnapshotFigure previous, SnapshotFigure current) {
        BigDecimal difference = previous.value() == null || current.value() == null ? null
                : current.value().subtract(previous.value());
        return new FigureChange(current.code(), previous.numerator(), previous.denominator(), previous.value(),
                current.numerator(), current.denominator(), current.value(), difference);
    }
}
