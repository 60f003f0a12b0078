package ru.nastavnik.pairing.query;

public record FindSchoolPairsQuery(String schoolId) {
}
