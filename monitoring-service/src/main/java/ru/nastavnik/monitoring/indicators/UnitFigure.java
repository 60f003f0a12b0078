package ru.nastavnik.monitoring.indicators;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One school's (or municipality's) line in a breakdown. Ids only: monitoring holds no names; the gateway
 * resolves them from the registry.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UnitFigure(String unitId, long numerator, Long denominator, BigDecimal value) {
}
