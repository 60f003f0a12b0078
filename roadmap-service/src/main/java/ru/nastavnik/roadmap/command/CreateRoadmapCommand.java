package ru.nastavnik.roadmap.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a draft roadmap (дорожная карта): a school's for a school year such as {@code 2026/2027}, the
 * department's own plan for a school or calendar period ({@code 2021}, {@code 2021-2024}), or a template the
 * department issues to its schools. A school's roadmap may start empty, from an issued template, or as the
 * continuation of last year's roadmap (актуализация), with the actions carried over.
 *
 * @param schoolId          the owning school; null for the department's roadmaps and templates
 * @param previousRoadmapId the roadmap this one continues, or null
 * @param templateId        the template this one starts from, or null
 */
public record CreateRoadmapCommand(@TargetAggregateIdentifier String roadmapId, RoadmapKind kind, String schoolId,
                                   String municipalityId, String title, String schoolYear, String previousRoadmapId,
                                   String templateId, List<CarriedAction> carriedActions) {

    public CreateRoadmapCommand {
        carriedActions = carriedActions == null ? List.of() : List.copyOf(carriedActions);
    }

    /** An empty school roadmap. */
    public CreateRoadmapCommand(String roadmapId, String schoolId, String municipalityId, String title,
                                String schoolYear) {
        this(roadmapId, RoadmapKind.SCHOOL, schoolId, municipalityId, title, schoolYear, null, null, List.of());
    }

    /**
     * An action taken over from the previous roadmap or the template; its deadline is read again over the new
     * period. {@code anchorActionId} is the new id of the carried action its relative deadline counts from.
     */
    public record CarriedAction(String actionId, String section, String number, String title, String deadline,
                                String responsible, String result, String anchorActionId) {
    }
}
