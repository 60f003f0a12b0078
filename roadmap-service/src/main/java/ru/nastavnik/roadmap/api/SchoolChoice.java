package ru.nastavnik.roadmap.api;

/** A school of the department's municipality that documents can be imported for. */
public record SchoolChoice(String schoolId, String name) {
}
