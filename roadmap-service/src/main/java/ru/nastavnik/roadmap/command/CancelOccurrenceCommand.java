package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel one due occurrence, saying why. */
public record CancelOccurrenceCommand(@TargetAggregateIdentifier String roadmapId, String actingOrganisationId,
                                      String actionId, LocalDate dueDate, String reason) {
}
