package ru.nastavnik.roadmap.api;

import java.util.List;

public record RoadmapDetails(RoadmapSummary roadmap, List<Action> actions) {

    public record Action(String id, String section, String number, String title, String deadline,
                         String responsible, String result) {
    }
}
