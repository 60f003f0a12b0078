package ru.nastavnik.registry.command;

import java.util.List;

import ru.nastavnik.contracts.vocabulary.MentoringRequest;

/**
 * @param competencies    the mentor's own words about what they offer
 * @param preferredForms  codes of {@link ru.nastavnik.contracts.vocabulary.MentoringForm} (events stored before
 *                        the codes hold the forms' titles; {@code MentoringForm.of} reads both)
 * @param competencyCodes what they offer from the controlled list; null in events stored before it existed
 */
public record MentorDescribed(String participantId, String schoolId, String municipalityId, String competencies,
                              List<String> preferredForms, int capacity, List<MentoringRequest> competencyCodes) {

    public List<MentoringRequest> competencyCodesOrNone() {
        return competencyCodes == null ? List.of() : competencyCodes;
    }
}
