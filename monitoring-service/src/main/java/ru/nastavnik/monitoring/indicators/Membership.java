package ru.nastavnik.monitoring.indicators;

/** Where a school belonged on a date. */
record Membership(String schoolId, String municipalityId, String regionId) {
}
