package ru.nastavnik.monitoring.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * An indicator for a municipality split by its schools, or for a region split by its municipalities, with the
 * total computed the DHIS2 way (numerators and denominators summed, then divided).
 *
 * @param by SCHOOL or MUNICIPALITY: what each line of {@code units} is
 */
public record Breakdown(String level, String unit, LocalDate asOf, String by, IndicatorFigure total,
                        List<UnitFigure> units) {
}
