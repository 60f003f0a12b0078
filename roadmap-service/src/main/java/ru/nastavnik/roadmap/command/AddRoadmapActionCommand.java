package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add an action (мероприятие) to a section of the roadmap.
 *
 * @param actingOrganisationId the organisation of the person who edits (their school, or the department for its own
 *                             roadmaps): only the roadmap's owner may
 * @param expectedVersion the version the editor saw ({@code If-Match}); null when not given
 * @param deadline        the deadline as the school wrote it, in Russian («до 15.03.2024 г.», «ежегодно»)
 * @param anchorActionId  for a relative deadline, the action it counts from; null lets the platform suggest one
 */
public record AddRoadmapActionCommand(@TargetAggregateIdentifier String roadmapId,
                                      @TargetAggregateVersion Long expectedVersion, String actingOrganisationId,
                                      String actionId, String section, String number, String title,
                                      String deadline, String responsible, String result,
                                      String anchorActionId) {
}
