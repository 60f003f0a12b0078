package ru.nastavnik.registry.command;

import java.time.LocalDate;

public record SchoolMoved(String schoolId, String municipalityId, String regionId, String previousMunicipalityId,
                          String previousRegionId, LocalDate movedOn) {
}
