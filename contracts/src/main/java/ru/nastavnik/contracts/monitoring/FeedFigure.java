package ru.nastavnik.contracts.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of a unit's quarter as the regional feed publishes it. A count of people under five is not
 * published: {@code suppressed} is true and the numerator, the denominator, the value (and for a restatement the
 * previous value and the difference) are null, so a small school does not reveal its pupils.
 *
 * @param definitionVersion the version of the indicator's definition the figure was computed with
 * @param previousValue     for a restatement, the value of the previous version; else null
 * @param difference        for a restatement, value − previous value; else null
 * @param byForm            for a pair count, its parts per form of mentoring; else null
 */
public record FeedFigure(String code, int definitionVersion, String name, String unit, Long numerator,
                         Long denominator, BigDecimal value, BigDecimal target, boolean suppressed,
                         BigDecimal previousValue, BigDecimal difference, List<FeedFormCount> byForm) {
}
