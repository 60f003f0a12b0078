package ru.nastavnik.registry.command;

public record SchoolRegistered(String schoolId, String municipalityId, String regionId, String name,
                               SchoolKind kind) {
}
