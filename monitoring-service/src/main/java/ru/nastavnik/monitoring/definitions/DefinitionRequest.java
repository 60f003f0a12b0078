package ru.nastavnik.monitoring.definitions;

import java.math.BigDecimal;

/**
 * A new version of an indicator, as the region (or a department for its municipality) writes it.
 *
 * @param denominator    null for an indicator that is a number
 * @param factor         100 for a share in %, 1 for a number
 * @param disaggregation FORM to break a pair count down by form, else null
 */
public record DefinitionRequest(String name, MeasureDocument numerator, MeasureDocument denominator, Integer factor,
                                String unit, BigDecimal target, String disaggregation, String formula) {
}
