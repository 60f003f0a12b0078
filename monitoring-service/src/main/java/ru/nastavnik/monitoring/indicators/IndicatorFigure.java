package ru.nastavnik.monitoring.indicators;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator's figure for a unit as of a date, served with what it is made of.
 *
 * @param denominator null for an indicator that is a number
 * @param value       numerator × factor ÷ denominator, two decimals; null when the denominator is zero
 * @param byForm      for an indicator broken down by form of mentoring, the numerator per form; else null
 * Every field of the published shape is always present, a missing figure as null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorFigure(String code, String name, int version, long numerator, Long denominator,
                              BigDecimal value, String unit, BigDecimal target, String formula,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<FormFigure> byForm) {
}
