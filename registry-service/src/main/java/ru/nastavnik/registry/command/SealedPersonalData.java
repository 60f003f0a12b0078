package ru.nastavnik.registry.command;

/** A person's name, birth date (ISO) and contacts, each sealed with the person's own key; empty when not given. */
public record SealedPersonalData(String fullName, String birthDate, String contacts) {
}
