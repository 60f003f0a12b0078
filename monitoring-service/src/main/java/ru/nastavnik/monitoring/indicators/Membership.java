package ru.nastavnik.monitoring.indicators;

/** Where a school belonged on a date. */
public record Membership(String schoolId, String municipalityId, String regionId) {
}
