package ru.nastavnik.pairing.command;

public record PairProposed(String pairId, String schoolId, String municipalityId, String mentorId, String menteeId,
                           MentoringForm form) {
}
