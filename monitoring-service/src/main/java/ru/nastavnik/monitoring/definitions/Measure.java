package ru.nastavnik.monitoring.definitions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.nastavnik.platform.domain.BrokenRule;

/**
 * A numerator or a denominator: a count or a sum over one kind of fact, with filters (each a list of allowed codes;
 * a filter not given does not restrict).
 */
public record Measure(FactKind fact, Map<String, List<String>> filters) {

    public Measure {
        if (fact == null) {
            throw BrokenRule.invalid("measure-fact", "У числителя и знаменателя должен быть указан вид факта (fact)");
        }
        Map<String, List<String>> checked = new TreeMap<>();
        (filters == null ? Map.<String, List<String>>of() : filters).forEach((name, values) -> {
            if (!fact.filters().containsKey(name)) {
                throw BrokenRule.invalid("measure-filter", "Для вида факта " + fact + " нет фильтра «" + name
                        + "»; допустимы: " + String.join(", ", new TreeMap<>(fact.filters()).keySet()));
            }
            if (values == null || values.isEmpty()) {
                throw BrokenRule.invalid("measure-filter", "Фильтр «" + name + "» должен перечислять хотя бы одно значение");
            }
            for (String value : values) {
                if (!fact.filters().get(name).contains(value)) {
                    throw BrokenRule.invalid("measure-filter", "Фильтр «" + name + "» не допускает значение «"
                            + value + "»");
                }
            }
            checked.put(name, List.copyOf(values));
        });
        for (String required : fact.requiredFilters()) {
            if (!checked.containsKey(required)) {
                throw BrokenRule.invalid("measure-filter", "Для вида факта " + fact + " нужен фильтр «" + required + "»");
            }
        }
        filters = Map.copyOf(checked);
    }

    /** The values of a filter, or null when the filter is not given (no restriction). */
    public List<String> filter(String name) {
        return filters.get(name);
    }
}
