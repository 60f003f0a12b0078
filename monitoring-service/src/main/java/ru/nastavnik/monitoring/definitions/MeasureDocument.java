package ru.nastavnik.monitoring.definitions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ru.nastavnik.platform.domain.BrokenRule;

/** A measure as it is written in a request and stored as JSON: the fact kind by its code, the filters. */
public record MeasureDocument(String fact, Map<String, List<String>> filters) {

    static MeasureDocument of(Measure measure) {
        return measure == null ? null : new MeasureDocument(measure.fact().name(), measure.filters());
    }

    Measure toMeasure() {
        FactKind kind = Arrays.stream(FactKind.values()).filter(candidate -> candidate.name().equals(fact)).findFirst()
                .orElseThrow(() -> BrokenRule.invalid("measure-fact", "Неизвестный вид факта «" + fact
                        + "»; допустимы: " + String.join(", ", Arrays.stream(FactKind.values()).map(Enum::name).toList())));
        return new Measure(kind, filters);
    }
}
