package ru.nastavnik.pairing.query;

public record FindPairQuery(String pairId) {
}
