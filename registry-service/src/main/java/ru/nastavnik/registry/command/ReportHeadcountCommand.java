package ru.nastavnik.registry.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A school reports its headcounts for a quarter; a second report for the same quarter corrects the first.
 *
 * @param quarter for example {@code 2026-Q4}
 */
public record ReportHeadcountCommand(@TargetAggregateIdentifier String schoolId, String actingSchoolId,
                                     String quarter, int pupilsAged10To14, int pupilsAged15To18,
                                     int teachersWithUpTo3Years, int teachersWithOver3Years) {
}
