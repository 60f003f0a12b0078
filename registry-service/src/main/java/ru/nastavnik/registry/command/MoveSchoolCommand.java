package ru.nastavnik.registry.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The region passes a school to another municipality (or region) from {@code movedOn}: its history up to that day
 * stays with the previous one.
 *
 * @param actingRegionId the region of the caller; a school of another region is not found
 * @param today          the municipality's today, taken once by the web layer
 */
public record MoveSchoolCommand(@TargetAggregateIdentifier String schoolId, String actingRegionId,
                                String municipalityId, String regionId, LocalDate movedOn, LocalDate today) {
}
