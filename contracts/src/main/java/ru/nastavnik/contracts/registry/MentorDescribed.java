package ru.nastavnik.contracts.registry;

import java.util.List;

import ru.nastavnik.contracts.IntegrationEvent;

/**
 * What a mentor offers, in codes: competencies ({@link ru.nastavnik.contracts.vocabulary.MentoringRequest} names),
 * preferred forms ({@link ru.nastavnik.contracts.vocabulary.MentoringForm} names) and how many mentees they take.
 * The mentor's own words stay in the registry.
 */
public record MentorDescribed(String participantId, String schoolId, String municipalityId, List<String> competencies,
                              List<String> preferredForms, int capacity) implements IntegrationEvent {

    public MentorDescribed {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        preferredForms = preferredForms == null ? List.of() : List.copyOf(preferredForms);
    }

    @Override
    public String aggregateId() {
        return participantId;
    }
}
