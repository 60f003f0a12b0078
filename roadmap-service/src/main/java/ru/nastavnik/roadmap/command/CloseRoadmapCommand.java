package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The head closes a roadmap whose execution is over. */
public record CloseRoadmapCommand(@TargetAggregateIdentifier String roadmapId,
                                  @TargetAggregateVersion Long expectedVersion, String actingOrganisationId) {
}
