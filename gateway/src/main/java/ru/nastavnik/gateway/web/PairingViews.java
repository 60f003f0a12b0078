package ru.nastavnik.gateway.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What pairing-service answers, as typed records for the pages (a renamed field fails in {@code PairingClient}'s
 * reading, not silently in a template). People appear by pseudonymous id; the pages join the names.
 */
public final class PairingViews {

    private PairingViews() {
    }

    public record Item(String code, String title) {
    }

    public record Candidate(String participantId, String role, String category, Integer grade, String experienceBand,
                            List<String> competencies, List<String> preferredForms, int capacity, String selection,
                            boolean trained, List<String> requests) {
    }

    public record Part(String code, String title, int points, String detail) {
    }

    public record Alternative(String kind, String mentorId, Integer score, String rule, String explanation,
                              List<String> takenBy) {
    }

    public record SolvedPair(String menteeId, String mentorId, String form, String formTitle, boolean pinned, int score,
                             List<Part> parts, Alternative alternative) {
    }

    public record Unmatched(String menteeId, String kind, String explanation, List<FullMentor> fullMentors) {
    }

    public record FullMentor(String mentorId, int score, int capacity, int activeLoad, List<String> pinned,
                             List<String> proposed) {
    }

    public record Objective(String objective, int matched, long totalScore, int unmatched, int excluded, int pinned) {
    }

    public record Solution(List<SolvedPair> pairs, List<Unmatched> unmatched, Objective objective) {
    }

    public record Ban(String kind, String menteeId, String mentorId) {
    }

    public record Proposal(String id, String form, String formTitle, String status, long version, List<String> scope,
                           boolean repairing, Map<String, String> pins, List<Ban> bans, List<String> heldOut,
                           Solution solution, Objective previousObjective, Instant createdAt) {

        public boolean isDraft() {
            return "DRAFT".equals(status);
        }
    }

    public record Member(String participantId, LocalDate leftOn) {
    }

    public record Task(String title, LocalDate from, LocalDate to) {
    }

    public record Plan(List<String> goals, List<Task> tasks, boolean agreedByMentor, boolean agreedByCurator) {
    }

    public record Feedback(String author, String participantId, int score, String comment, boolean notAGoodFit,
                           LocalDate givenOn) {
    }

    public record Meeting(String id, int sequence, String kind, String kindTitle, LocalDate heldOn, String format,
                          String formatTitle, String notes, List<Feedback> feedback) {
    }

    public record Stall(List<Item> reasons, LocalDate since) {
    }

    public record Completion(String outcome, String outcomeTitle, String mentorReflection, String menteeReflection,
                             boolean mentorNominated, LocalDate completedOn) {
    }

    public record Ending(String reason, String reasonTitle, String note, LocalDate endedOn) {
    }

    public record PairCard(String id, String form, String formTitle, boolean group, String mentorId,
                           List<Member> mentees, String status, String statusTitle, String orderNumber,
                           LocalDate fixedOn, String interactionFormat, String interactionFormatTitle, Plan plan,
                           List<Meeting> meetings, Stall stall, Completion completion, Ending ending, long version) {

        public boolean isActive() {
            return "ACTIVE".equals(status);
        }

        public boolean isOpen() {
            return "ACTIVE".equals(status) || "CONFIRMED".equals(status);
        }

        public List<String> currentMentees() {
            return mentees.stream().filter(member -> member.leftOn() == null).map(Member::participantId).toList();
        }

        public String lastMeetingKind() {
            return meetings.isEmpty() ? null : meetings.getLast().kind();
        }
    }

    public record PairSummary(String id, String form, String formTitle, boolean group, String mentorId,
                              List<String> menteeIds, String status, String statusTitle, String orderNumber,
                              LocalDate fixedOn, int meetings, LocalDate lastMeetingOn, List<Item> stallReasons,
                              LocalDate stalledSince, boolean mentorNominated) {
    }

    public record Countdown(String state, LocalDate chosenOn, LocalDate pairsDue, Integer days, LocalDate firstOrderOn) {
    }

    public record SchoolOverview(String schoolId, String schoolYear, List<String> forms, Countdown countdown,
                                 Map<String, Integer> pairsByStatus, Map<String, Integer> activeByForm, int stalled,
                                 int mentees, int menteesWithoutPair, int mentors) {

        public int pairs(String status) {
            return pairsByStatus.getOrDefault(status, 0);
        }
    }

    public record YearChoice(String schoolId, String schoolYear, List<String> forms, LocalDate chosenOn) {
    }

    public record Settings(int requestMet, int preferredForm, int gradeGap, int gradeGapPenalty, int trained,
                           int noActivePairs, boolean requireTraining, String objective, int idealGradeGap,
                           int stallWeeks, List<String> groupForms) {
    }

    public record Programme(String schoolYear, YearChoice choice, Settings settings) {
    }

    public record Order(String id, String number, LocalDate issuedOn, int pairs) {
    }

    public record IssuedLink(String token, String path, Instant expiresAt) {
    }

    public record MeetingForFeedback(String kindTitle, LocalDate heldOn, String formTitle, Instant expiresAt) {
    }

    public record Name(String id, String fullName) {
    }
}
