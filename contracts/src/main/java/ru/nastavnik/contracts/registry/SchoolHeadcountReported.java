package ru.nastavnik.contracts.registry;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A school's headcounts for a quarter: the denominators of every indicator. Counts only, no people.
 *
 * @param quarter for example {@code 2026-Q4}
 */
public record SchoolHeadcountReported(String schoolId, String municipalityId, String quarter, int pupilsAged10To14,
                                      int pupilsAged15To18, int teachersWithUpTo3Years, int teachersWithOver3Years)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return schoolId;
    }
}
