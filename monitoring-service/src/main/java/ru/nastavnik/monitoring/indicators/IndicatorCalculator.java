package ru.nastavnik.monitoring.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.monitoring.definitions.IndicatorDefinition;
import ru.nastavnik.monitoring.definitions.Measure;

/**
 * Computes indicators over a set of schools as of a date, the DHIS2 way: each school's numerator and denominator
 * are summed over the schools separately and divided once, never an average of the schools' shares. A person
 * counts once per school and indicator (a person belongs to one school), however many pairs they are in.
 */
@Component
class IndicatorCalculator {

    private final MeasureQueries queries;

    IndicatorCalculator(MeasureQueries queries) {
        this.queries = queries;
    }

    /** Every definition over the schools; equal measures (a shared denominator) are queried once. */
    @Transactional(readOnly = true)
    List<IndicatorFigure> compute(List<IndicatorDefinition> definitions, Collection<String> schools, LocalDate day) {
        Map<Measure, Map<String, Map<String, Long>>> evaluated = new HashMap<>();
        Function<Measure, Map<String, Map<String, Long>>> evaluate =
                measure -> evaluated.computeIfAbsent(measure, m -> queries.evaluate(m, schools, day));
        return definitions.stream().map(definition -> {
            Map<String, Long> numeratorByGroup = sumOverSchools(evaluate.apply(definition.numerator()));
            Long denominator = definition.denominator() == null ? null
                    : total(sumOverSchools(evaluate.apply(definition.denominator())));
            return figure(definition, numeratorByGroup, denominator);
        }).toList();
    }

    /**
     * One definition per unit of a grouping: each school's figures are summed into the group the school belongs to.
     *
     * @param groupOf school → its group (the school itself, or its municipality on the date)
     */
    @Transactional(readOnly = true)
    Map<String, IndicatorFigure> computeGrouped(IndicatorDefinition definition, Map<String, String> groupOf,
                                                LocalDate day) {
        Map<String, Map<String, Long>> numerators = queries.evaluate(definition.numerator(), groupOf.keySet(), day);
        Map<String, Map<String, Long>> denominators = definition.denominator() == null ? Map.of()
                : queries.evaluate(definition.denominator(), groupOf.keySet(), day);
        Map<String, Map<String, Map<String, Long>>> numeratorsByUnit = new TreeMap<>();
        Map<String, Long> denominatorByUnit = new HashMap<>();
        groupOf.forEach((school, unit) -> {
            numeratorsByUnit.computeIfAbsent(unit, u -> new HashMap<>())
                    .put(school, numerators.getOrDefault(school, Map.of()));
            denominatorByUnit.merge(unit, total(denominators.getOrDefault(school, Map.of())), Long::sum);
        });
        Map<String, IndicatorFigure> figures = new TreeMap<>();
        numeratorsByUnit.forEach((unit, bySchool) -> figures.put(unit, figure(definition, sumOverSchools(bySchool),
                definition.denominator() == null ? null : denominatorByUnit.get(unit))));
        return figures;
    }

    static IndicatorFigure figure(IndicatorDefinition definition, Map<String, Long> numeratorByGroup,
                                  Long denominator) {
        long numerator = total(numeratorByGroup);
        BigDecimal value;
        if (denominator == null) {
            value = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(definition.factor()))
                    .setScale(2, RoundingMode.HALF_UP);
        } else if (denominator == 0) {
            value = null;
        } else {
            value = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(definition.factor()))
                    .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        }
        List<FormFigure> byForm = "FORM".equals(definition.disaggregation())
                ? new TreeMap<>(numeratorByGroup).entrySet().stream().map(entry -> new FormFigure(entry.getKey(),
                        MentoringForm.of(entry.getKey()).map(MentoringForm::title).orElse(entry.getKey()),
                        entry.getValue())).toList()
                : null;
        return new IndicatorFigure(definition.code(), definition.name(), definition.version(), numerator, denominator,
                value, definition.unit(), definition.target(), definition.formula(), byForm);
    }

    private static Map<String, Long> sumOverSchools(Map<String, Map<String, Long>> bySchool) {
        Map<String, Long> byGroup = new TreeMap<>();
        bySchool.values().forEach(groups -> groups.forEach((group, value) -> byGroup.merge(group, value, Long::sum)));
        return byGroup;
    }

    private static long total(Map<String, Long> byGroup) {
        return byGroup.values().stream().mapToLong(Long::longValue).sum();
    }
}
