package ru.nastavnik.roadmap.command;

/** @param actionCount how many actions the roadmap holds without this one */
public record RoadmapActionRemoved(String roadmapId, String schoolId, String municipalityId, String actionId,
                                   String number, int actionCount) {
}
