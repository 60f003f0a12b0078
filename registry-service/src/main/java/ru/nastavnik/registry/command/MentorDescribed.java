package ru.nastavnik.registry.command;

import java.util.List;

public record MentorDescribed(String participantId, String schoolId, String municipalityId, String competencies,
                              List<String> preferredForms, int capacity) {
}
