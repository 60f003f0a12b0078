package ru.nastavnik.roadmap.api;

public record CreatedResponse(String id) {
}
