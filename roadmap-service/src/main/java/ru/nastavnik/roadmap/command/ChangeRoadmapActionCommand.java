package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Correct an action of a roadmap that is still being written (draft, or returned for rework).
 *
 * @param anchorActionId for a relative deadline, the action it counts from; null lets the platform suggest one
 */
public record ChangeRoadmapActionCommand(@TargetAggregateIdentifier String roadmapId,
                                         @TargetAggregateVersion Long expectedVersion, String actingOrganisationId,
                                         String actionId, String section, String number, String title,
                                         String deadline, String responsible, String result,
                                         String anchorActionId) {
}
