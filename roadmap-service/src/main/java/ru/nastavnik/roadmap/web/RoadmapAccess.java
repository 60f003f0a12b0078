package ru.nastavnik.roadmap.web;

import java.util.Set;

import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.roadmap.api.RoadmapSummary;

/**
 * Who may read a roadmap. A school's roadmap: its own staff and its department. The department's own plan and its
 * templates: the department always; its schools once the plan is adopted or the template issued, never a draft.
 */
final class RoadmapAccess {

    /** Those who write roadmaps: the school's curator and head, and the department for its own. */
    static final String[] EDITORS = {Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MUNICIPAL_OFFICER};

    private static final Set<String> PUBLISHED = Set.of("IN_EXECUTION", "ISSUED", "CLOSED");

    private RoadmapAccess() {
    }

    static boolean canRead(Caller caller, RoadmapSummary roadmap) {
        if ("SCHOOL".equals(roadmap.kind())) {
            return caller.canSeeSchool(roadmap.schoolId(), roadmap.municipalityId());
        }
        if (!roadmap.municipalityId().equals(caller.municipalityId())) {
            return false;
        }
        if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            return true;
        }
        return caller.schoolId() != null && PUBLISHED.contains(roadmap.status())
                && caller.hasAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR);
    }
}
