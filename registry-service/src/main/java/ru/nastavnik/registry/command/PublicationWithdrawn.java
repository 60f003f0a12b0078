package ru.nastavnik.registry.command;

public record PublicationWithdrawn(String publicationId) {
}
