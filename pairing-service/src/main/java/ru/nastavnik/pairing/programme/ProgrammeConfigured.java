package ru.nastavnik.pairing.programme;

public record ProgrammeConfigured(String schoolId, String municipalityId, ProgrammeSettings settings) {
}
