package ru.nastavnik.registry.command;

public record PublicationRevised(String publicationId, String title, String form, String summary, String results,
                                 String link, String period) {
}
