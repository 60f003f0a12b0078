package ru.nastavnik.roadmap.command;

/**
 * @param schoolId          null for the department's own roadmaps and templates
 * @param previousRoadmapId the roadmap this one continues, or null for a new one
 * @param kind              whose roadmap and what for; null in events stored before kinds existed means a school's
 * @param templateId        the template it started from, or null
 */
public record RoadmapCreated(String roadmapId, String schoolId, String municipalityId, String title,
                             String schoolYear, String previousRoadmapId, RoadmapKind kind, String templateId) {

    public RoadmapCreated {
        kind = kind == null ? RoadmapKind.SCHOOL : kind;
    }
}
