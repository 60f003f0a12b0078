package ru.nastavnik.registry.command;

public record MentorSelectionRecorded(String participantId, String schoolId, String municipalityId,
                                      MentorSelection selection, String reason) {
}
