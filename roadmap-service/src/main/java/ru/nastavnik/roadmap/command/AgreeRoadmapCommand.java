package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The department agrees the school's roadmap (согласование); the comment is optional. */
public record AgreeRoadmapCommand(@TargetAggregateIdentifier String roadmapId,
                                  @TargetAggregateVersion Long expectedVersion, String actingMunicipalityId,
                                  String comment) {
}
