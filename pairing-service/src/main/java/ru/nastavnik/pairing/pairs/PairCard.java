package ru.nastavnik.pairing.pairs;

import java.time.LocalDate;
import java.util.List;

/** A pair or group as its card shows it: texts opened, people by pseudonymous id (the UI joins names). */
public record PairCard(String id, String schoolId, String form, String formTitle, boolean group, String mentorId,
                       List<Member> mentees, String status, String statusTitle, String orderNumber, LocalDate fixedOn,
                       String interactionFormat, String interactionFormatTitle, Plan plan, List<MeetingView> meetings,
                       Stall stall, Completion completion, Ending ending, long version) {

    public record Member(String participantId, LocalDate leftOn) {
    }

    public record Plan(List<String> goals, List<Task> tasks, boolean agreedByMentor, boolean agreedByCurator) {
    }

    public record Task(String title, LocalDate from, LocalDate to) {
    }

    public record MeetingView(String id, int sequence, String kind, String kindTitle, LocalDate heldOn, String format,
                              String formatTitle, String notes, List<Feedback> feedback) {
    }

    public record Feedback(String author, String participantId, int score, String comment, boolean notAGoodFit,
                           LocalDate givenOn) {
    }

    public record Stall(List<Item> reasons, LocalDate since) {
    }

    public record Completion(String outcome, String outcomeTitle, String mentorReflection, String menteeReflection,
                             boolean mentorNominated, LocalDate completedOn) {
    }

    public record Ending(String reason, String reasonTitle, String note, LocalDate endedOn) {
    }

    public record Item(String code, String title) {
    }
}
