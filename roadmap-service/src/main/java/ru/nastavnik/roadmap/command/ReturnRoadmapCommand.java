package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The department sends the roadmap back for rework (на доработку); the comment says what to change. */
public record ReturnRoadmapCommand(@TargetAggregateIdentifier String roadmapId,
                                   @TargetAggregateVersion Long expectedVersion, String actingMunicipalityId,
                                   String comment) {
}
