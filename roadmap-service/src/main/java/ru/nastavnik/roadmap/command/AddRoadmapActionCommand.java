package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add an action (мероприятие) to a section of the roadmap.
 *
 * @param actingSchoolId  the school of the person who edits: only the roadmap's own school may
 * @param expectedVersion the version the editor saw ({@code If-Match}); null when not given
 * @param deadline        the deadline as the school wrote it, in Russian («до 15.03.2024 г.», «ежегодно»)
 */
public record AddRoadmapActionCommand(@TargetAggregateIdentifier String roadmapId,
                                      @TargetAggregateVersion Long expectedVersion, String actingSchoolId,
                                      String actionId, String section, String number, String title,
                                      String deadline, String responsible, String result) {
}
