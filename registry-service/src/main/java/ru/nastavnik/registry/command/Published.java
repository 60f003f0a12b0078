package ru.nastavnik.registry.command;

public record Published(String publicationId, PublicationKind kind, String schoolId, String municipalityId,
                        String title, String form, String summary, String results, String link, String period) {
}
