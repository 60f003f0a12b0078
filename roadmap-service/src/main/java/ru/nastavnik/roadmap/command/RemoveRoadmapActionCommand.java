package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Take an action out of a roadmap that is still being written. */
public record RemoveRoadmapActionCommand(@TargetAggregateIdentifier String roadmapId,
                                         @TargetAggregateVersion Long expectedVersion, String actingOrganisationId,
                                         String actionId) {
}
