package ru.nastavnik.registry.query;

public record FindPublicationQuery(String publicationId) {
}
