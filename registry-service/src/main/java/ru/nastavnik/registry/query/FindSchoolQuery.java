package ru.nastavnik.registry.query;

public record FindSchoolQuery(String schoolId) {
}
