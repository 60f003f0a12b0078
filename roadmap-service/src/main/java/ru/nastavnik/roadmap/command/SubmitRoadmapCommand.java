package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Send the roadmap to the municipal department for agreement (на согласование). */
public record SubmitRoadmapCommand(@TargetAggregateIdentifier String roadmapId,
                                   @TargetAggregateVersion Long expectedVersion, String actingOrganisationId) {
}
