package ru.nastavnik.monitoring.indicators;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.definitions.IndicatorDefinition;

/**
 * What other capabilities (the quarterly snapshots) may ask of the indicators: which schools existed where on a day,
 * and one school's figures as of a day under given definition versions. The calculator itself stays package-private.
 */
@Component
public class SchoolFigures {

    private final Memberships memberships;
    private final IndicatorCalculator calculator;

    SchoolFigures(Memberships memberships, IndicatorCalculator calculator) {
        this.memberships = memberships;
        this.calculator = calculator;
    }

    /** Every school known on the day, with the municipality and region it belonged to then. */
    public List<Membership> schoolsOn(LocalDate day) {
        return memberships.all(day);
    }

    /** One school's figures as of the day, one per definition, in the order given. */
    public List<IndicatorFigure> of(String schoolId, List<IndicatorDefinition> definitions, LocalDate day) {
        return calculator.compute(definitions, List.of(schoolId), day);
    }
}
