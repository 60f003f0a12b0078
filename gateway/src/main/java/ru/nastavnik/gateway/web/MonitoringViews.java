package ru.nastavnik.gateway.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What monitoring-service answers, as the gateway reads it: figures with their formulas, ids and no names. */
final class MonitoringViews {

    private MonitoringViews() {
    }

    /**
     * An indicator as of a date. {@code denominator} is null for a number, {@code value} null when the denominator
     * is zero, {@code byForm} the numerator per form of mentoring for indicators broken down by form.
     */
    record IndicatorFigure(String code, String name, int version, long numerator, Long denominator, BigDecimal value,
                           String unit, BigDecimal target, String formula, List<FormFigure> byForm) {

        IndicatorFigure {
            byForm = byForm == null ? List.of() : List.copyOf(byForm);
        }

        boolean isShare() {
            return denominator != null;
        }
    }

    record FormFigure(String form, String title, long value) {
    }

    /** One school's (or municipality's) line of a breakdown. */
    record UnitFigure(String unitId, long numerator, Long denominator, BigDecimal value) {
    }

    /** An indicator split by the schools of a municipality or the municipalities of a region. */
    record Breakdown(String level, String unit, LocalDate asOf, String by, IndicatorFigure total,
                     List<UnitFigure> units) {
    }
}
