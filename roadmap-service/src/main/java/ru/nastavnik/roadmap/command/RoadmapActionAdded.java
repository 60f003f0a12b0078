package ru.nastavnik.roadmap.command;

/** @param actionCount how many actions the roadmap holds with this one */
public record RoadmapActionAdded(String roadmapId, String schoolId, String municipalityId, String actionId,
                                 String section, String number, String title, String deadline,
                                 String responsible, String result, int actionCount) {
}
