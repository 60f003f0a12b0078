package ru.nastavnik.registry.command;

public record HeadcountReported(String schoolId, String municipalityId, String quarter, int pupilsAged10To14,
                                int pupilsAged15To18, int teachersWithUpTo3Years, int teachersWithOver3Years) {
}
