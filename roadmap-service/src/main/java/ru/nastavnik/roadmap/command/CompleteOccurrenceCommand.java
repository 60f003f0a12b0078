package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mark one due occurrence of an action done, with the document that proves it.
 *
 * @param evidenceKind   приказ, протокол, справка, страница на сайте …
 * @param evidenceLink   where the document is, optional
 * @param today          the date the command is given (no clock inside the aggregate)
 */
public record CompleteOccurrenceCommand(@TargetAggregateIdentifier String roadmapId, String actingOrganisationId,
                                        String actionId, LocalDate dueDate, String evidenceKind,
                                        String evidenceNumber, LocalDate evidenceDate, String evidenceLink,
                                        LocalDate today) {
}
