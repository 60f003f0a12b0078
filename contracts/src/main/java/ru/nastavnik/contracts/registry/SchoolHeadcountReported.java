package ru.nastavnik.contracts.registry;

import java.util.Map;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * A school's headcounts for a quarter: the denominators of every indicator. Counts only, no people.
 *
 * @param quarter       for example {@code 2026-Q4}
 * @param pupilsByGrade grade (1–11) → pupils; empty when the school gave age bands only (added compatibly: older
 *                      records without it read as empty)
 */
public record SchoolHeadcountReported(String schoolId, String municipalityId, String quarter, int pupilsAged10To14,
                                      int pupilsAged15To18, int teachersWithUpTo3Years, int teachersWithOver3Years,
                                      Map<Integer, Integer> pupilsByGrade)
        implements IntegrationEvent {

    public SchoolHeadcountReported {
        pupilsByGrade = pupilsByGrade == null ? Map.of() : Map.copyOf(pupilsByGrade);
    }

    @Override
    public String aggregateId() {
        return schoolId;
    }
}
