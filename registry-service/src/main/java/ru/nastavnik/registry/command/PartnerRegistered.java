package ru.nastavnik.registry.command;

public record PartnerRegistered(String partnerId, String schoolId, String municipalityId, String name,
                                PartnerKind kind, String inn, String contacts) {
}
