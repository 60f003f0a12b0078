package ru.nastavnik.registry.command;

import ru.nastavnik.contracts.vocabulary.MentoringRequest;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What a mentee asks for: items of the controlled list and a free note (sealed: it may name people).
 */
public record RecordMenteeRequestsCommand(@TargetAggregateIdentifier String participantId, String actingSchoolId,
                                          Set<MentoringRequest> requests, String sealedNote) {
}
