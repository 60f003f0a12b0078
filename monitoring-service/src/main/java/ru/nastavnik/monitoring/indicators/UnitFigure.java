package ru.nastavnik.monitoring.indicators;

import java.math.BigDecimal;

/**
 * One school's (or municipality's) line in a breakdown. Ids only: monitoring holds no names; the gateway
 * resolves them from the registry.
 */
public record UnitFigure(String unitId, long numerator, Long denominator, BigDecimal value) {
}
