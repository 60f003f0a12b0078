package ru.nastavnik.monitoring.definitions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One version of an indicator: value = numerator × factor ÷ denominator (or the numerator alone when there is no
 * denominator). Versions are never changed, only added.
 *
 * @param municipalityId null for the region's definition; a municipality's id for a department's own version
 * @param disaggregation FORM to break a pair count down by form of mentoring, else null
 */
public record IndicatorDefinition(String code, int version, String municipalityId, String name, Measure numerator,
                                  Measure denominator, int factor, String unit, BigDecimal target,
                                  String disaggregation, String formula, OffsetDateTime createdAt,
                                  String createdByRole) {
}
