package ru.nastavnik.roadmap.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a draft roadmap (дорожная карта) of a school for a school year such as {@code 2026/2027}. */
public record CreateRoadmapCommand(@TargetAggregateIdentifier String roadmapId, String schoolId,
                                   String municipalityId, String title, String schoolYear) {
}
