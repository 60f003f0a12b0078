package ru.nastavnik.roadmap.command;

import java.time.LocalDate;

/** The department approved its template by an order (seed 002: «Утверждены приказом … от 23.09.2020 №428»). */
public record RoadmapTemplateIssued(String roadmapId, String municipalityId, String orderNumber, LocalDate orderDate) {
}
