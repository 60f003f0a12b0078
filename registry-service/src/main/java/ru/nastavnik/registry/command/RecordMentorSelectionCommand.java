package ru.nastavnik.registry.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The outcome of mentor selection (отбор); a refusal carries its reason. */
public record RecordMentorSelectionCommand(@TargetAggregateIdentifier String participantId, String actingSchoolId,
                                           MentorSelection selection, String reason) {
}
