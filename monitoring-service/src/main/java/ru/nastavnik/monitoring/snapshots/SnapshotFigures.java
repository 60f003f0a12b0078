package ru.nastavnik.monitoring.snapshots;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.definitions.FactKind;
import ru.nastavnik.monitoring.definitions.IndicatorDefinition;
import ru.nastavnik.monitoring.definitions.IndicatorDefinitions;
import ru.nastavnik.monitoring.definitions.Measure;
import ru.nastavnik.monitoring.indicators.IndicatorFigure;
import ru.nastavnik.monitoring.indicators.SchoolFigures;

/**
 * A snapshot's figures: a school's computed as of the quarter's last day, a municipality's or the region's summed
 * from its schools' latest versions the DHIS2 way (numerators and denominators summed, then divided).
 */
@Component
class SnapshotFigures {

    /**
     * The measures that count people, so the feed suppresses them under five: participants (once each) and the
     * headcounts. Satisfaction sums scores and pairs, meetings, partners and due dates count no person.
     */
    static final Set<FactKind> COUNTING_PEOPLE = Set.of(FactKind.PAIR_PARTICIPANTS, FactKind.HEADCOUNT);

    private final SchoolFigures schoolFigures;
    private final IndicatorDefinitions definitions;

    SnapshotFigures(SchoolFigures schoolFigures, IndicatorDefinitions definitions) {
        this.schoolFigures = schoolFigures;
        this.definitions = definitions;
    }

    /**
     * The default set in force now (the region's definitions, so every school, municipality and the region are
     * computed alike and add up).
     */
    List<IndicatorDefinition> currentDefaults() {
        return definitions.current(null);
    }

    List<SnapshotFigure> ofSchool(String schoolId, Quarter quarter, List<IndicatorDefinition> used) {
        List<IndicatorFigure> computed = schoolFigures.of(schoolId, used, quarter.lastDay());
        List<SnapshotFigure> figures = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            figures.add(figure(used.get(i), computed.get(i)));
        }
        return figures;
    }

    /** Recomputed with the very definition versions the snapshot was frozen with. */
    List<SnapshotFigure> ofSchoolAgain(String schoolId, Quarter quarter, List<SnapshotFigure> frozen) {
        List<IndicatorDefinition> used = frozen.stream().map(figure -> definitions
                .version(figure.code(), figure.definitionVersion())
                .orElseThrow(() -> new IllegalStateException("Definition " + figure.code() + " v"
                        + figure.definitionVersion() + " is gone, though definitions are append-only")))
                .toList();
        return ofSchool(schoolId, quarter, used);
    }

    /** Sums of the schools' figures per indicator; codes in the order of the first school. */
    static List<SnapshotFigure> summed(Collection<List<SnapshotFigure>> schools) {
        Map<String, List<SnapshotFigure>> byCode = new LinkedHashMap<>();
        schools.forEach(figures -> figures.forEach(figure ->
                byCode.computeIfAbsent(figure.code(), code -> new ArrayList<>()).add(figure)));
        List<SnapshotFigure> sums = new ArrayList<>();
        byCode.forEach((code, parts) -> {
            SnapshotFigure first = parts.get(0);
            long numerator = parts.stream().mapToLong(SnapshotFigure::numerator).sum();
            Long denominator = first.denominator() == null ? null
                    : parts.stream().mapToLong(part -> part.denominator() == null ? 0 : part.denominator()).sum();
            Map<String, Long> byForm = new TreeMap<>();
            parts.forEach(part -> {
                if (part.byForm() != null) {
                    part.byForm().forEach(form -> byForm.merge(form.form(), form.value(), Long::sum));
                }
            });
            sums.add(new SnapshotFigure(code, first.definitionVersion(), first.name(), first.unit(), first.factor(),
                    numerator, denominator, SnapshotFigure.valueOf(numerator, denominator, first.factor()),
                    first.target(), first.numeratorCountsPeople(), first.denominatorCountsPeople(),
                    first.byForm() == null ? null : byForm.entrySet().stream()
                            .map(entry -> new SnapshotFigure.FormCount(entry.getKey(), entry.getValue())).toList(),
                    first.answersOnScales()));
        });
        return sums;
    }

    private static SnapshotFigure figure(IndicatorDefinition definition, IndicatorFigure computed) {
        return new SnapshotFigure(definition.code(), definition.version(), definition.name(), definition.unit(),
                definition.factor(), computed.numerator(), computed.denominator(), computed.value(),
                definition.target(), countsPeople(definition.numerator()), countsPeople(definition.denominator()),
                computed.byForm() == null ? null : computed.byForm().stream()
                        .map(form -> new SnapshotFigure.FormCount(form.form(), form.value())).toList(),
                definition.denominator() != null && definition.denominator().fact() == FactKind.SATISFACTION_MAXIMUM);
    }

    private static boolean countsPeople(Measure measure) {
        return measure != null && COUNTING_PEOPLE.contains(measure.fact());
    }
}
