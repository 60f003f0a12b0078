package ru.nastavnik.monitoring.definitions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One version of a definition as served: the measures as written in requests. */
public record DefinitionView(String code, int version, String municipalityId, String name, MeasureDocument numerator,
                             MeasureDocument denominator, int factor, String unit, BigDecimal target,
                             String disaggregation, String formula, OffsetDateTime createdAt, String createdByRole) {

    static DefinitionView of(IndicatorDefinition definition) {
        return new DefinitionView(definition.code(), definition.version(), definition.municipalityId(),
                definition.name(), MeasureDocument.of(definition.numerator()),
                MeasureDocument.of(definition.denominator()), definition.factor(), definition.unit(),
                definition.target(), definition.disaggregation(), definition.formula(), definition.createdAt(),
                definition.createdByRole());
    }
}
