package ru.nastavnik.registry.command;

import java.util.Set;

import ru.nastavnik.contracts.vocabulary.MentoringRequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What a mentor brings: competencies (subjects, skills), preferred forms of mentoring and how many mentees they
 * can take.
 */
public record DescribeMentorCommand(@TargetAggregateIdentifier String participantId, String actingSchoolId,
                                    String competencies, Set<MentoringRequest> competencyCodes,
                                    Set<String> preferredForms, int capacity) {
}
