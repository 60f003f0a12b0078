package ru.nastavnik.roadmap.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a draft roadmap (дорожная карта) of a school for a school year such as {@code 2026/2027},
 * empty or as the continuation of last year's roadmap (актуализация) with the actions carried over.
 *
 * @param previousRoadmapId the roadmap this one continues, or null
 */
public record CreateRoadmapCommand(@TargetAggregateIdentifier String roadmapId, String schoolId,
                                   String municipalityId, String title, String schoolYear, String previousRoadmapId,
                                   List<CarriedAction> carriedActions) {

    public CreateRoadmapCommand {
        carriedActions = carriedActions == null ? List.of() : List.copyOf(carriedActions);
    }

    public CreateRoadmapCommand(String roadmapId, String schoolId, String municipalityId, String title,
                                String schoolYear) {
        this(roadmapId, schoolId, municipalityId, title, schoolYear, null, List.of());
    }

    /** An action taken over from the previous roadmap; its deadline is read again over the new school year. */
    public record CarriedAction(String actionId, String section, String number, String title, String deadline,
                                String responsible, String result) {
    }
}
