package ru.nastavnik.registry.command;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A school reports its headcounts for a quarter; a second report for the same quarter corrects the first.
 *
 * @param quarter      for example {@code 2026-Q4}
 * @param pupilsByGrade pupils per grade (класс) 1–11; empty when the school reports age bands only
 */
public record ReportHeadcountCommand(@TargetAggregateIdentifier String schoolId, String actingSchoolId,
                                     String quarter, int pupilsAged10To14, int pupilsAged15To18,
                                     int teachersWithUpTo3Years, int teachersWithOver3Years,
                                     Map<Integer, Integer> pupilsByGrade) {

    public ReportHeadcountCommand {
        pupilsByGrade = pupilsByGrade == null ? Map.of() : Map.copyOf(pupilsByGrade);
    }
}
