package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The head adopts the agreed roadmap by an order (приказ) and execution starts.
 *
 * @param today the date the command is given, so that the rule "no order from the future" needs no clock inside
 */
public record AdoptRoadmapCommand(@TargetAggregateIdentifier String roadmapId,
                                  @TargetAggregateVersion Long expectedVersion, String actingOrganisationId,
                                  String orderNumber, LocalDate orderDate, LocalDate today) {
}
