package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the overdue sweep: a pending occurrence whose date has passed. Repeating it changes nothing. */
public record RecordOverdueOccurrenceCommand(@TargetAggregateIdentifier String roadmapId, String actionId,
                                             LocalDate dueDate, LocalDate today) {
}
