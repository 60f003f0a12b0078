package ru.nastavnik.registry.query;

public record FindPartnerQuery(String partnerId) {
}
