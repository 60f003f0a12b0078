package ru.nastavnik.monitoring.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit the caller may read, resolved as of a date.
 *
 * @param schools            its schools on that date
 * @param definitionsOf      whose definitions apply: a municipality's id, or null for the region's
 */
record IndicatorScope(Level level, String unit, LocalDate asOf, List<Membership> schools, String definitionsOf) {

    List<String> schoolIds() {
        return schools.stream().map(Membership::schoolId).toList();
    }
}
