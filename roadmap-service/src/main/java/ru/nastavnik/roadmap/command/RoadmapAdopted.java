package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

public record RoadmapAdopted(String roadmapId, String schoolId, String municipalityId, String orderNumber,
                             LocalDate orderDate) {
}
