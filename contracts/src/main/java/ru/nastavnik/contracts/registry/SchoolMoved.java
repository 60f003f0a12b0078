package ru.nastavnik.contracts.registry;

import java.time.LocalDate;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A school passed to another municipality (or region) on {@code movedOn}: its history up to that day stays with the
 * previous one, from that day it counts for the new one.
 */
public record SchoolMoved(String schoolId, String municipalityId, String regionId, String previousMunicipalityId,
                          String previousRegionId, LocalDate movedOn) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return schoolId;
    }
}
