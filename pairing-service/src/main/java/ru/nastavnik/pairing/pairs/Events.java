package ru.nastavnik.pairing.pairs;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.PairEndReason;
import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.contracts.vocabulary.MentoringForm;

/** The events of a pair or group, past tense; texts are sealed. */
public final class Events {

    private Events() {
    }

    public record PairFormed(String pairId, String schoolId, String municipalityId, String proposalId,
                             MentoringForm form, boolean group, String mentorId, List<String> menteeIds,
                             LocalDate formedOn) {
    }

    /** Carries who is in the pair, as monitoring counts people from the day of the order. */
    public record PairFixedByOrder(String pairId, String schoolId, String municipalityId, String orderId,
                                   String orderNumber, LocalDate fixedOn, MentoringForm form, boolean group,
                                   String mentorId, List<String> menteeIds) {
    }

    public record InteractionFormatChosen(String pairId, InteractionFormat format) {
    }

    public record PlanDrafted(String pairId, List<String> sealedGoals, List<Commands.PlanTask> tasks) {
    }

    public record PlanAgreed(String pairId, PairActor.Kind by) {
    }

    public record MeetingRecorded(String pairId, String schoolId, String municipalityId, String meetingId,
                                  int sequence, MeetingKind kind, LocalDate heldOn, InteractionFormat format,
                                  String sealedNotes) {
    }

    public record FeedbackRecorded(String pairId, String schoolId, String municipalityId, String meetingId,
                                   FeedbackAuthor author, String participantId, int score, String sealedComment,
                                   boolean notAGoodFit, LocalDate givenOn) {
    }

    /** {@code reasons} empty: the pair moves again. */
    public record StallRecorded(String pairId, String schoolId, String municipalityId, List<StallReason> reasons,
                                LocalDate since) {
    }

    public record PairFinished(String pairId, String schoolId, String municipalityId, Outcome outcome,
                               String sealedMentorReflection, String sealedMenteeReflection, boolean mentorNominated,
                               LocalDate completedOn) {
    }

    public record PairEnded(String pairId, String schoolId, String municipalityId, PairEndReason reason,
                            String sealedNote, LocalDate endedOn) {
    }

    public record MenteeLeft(String pairId, String schoolId, String municipalityId, String menteeId,
                             PairEndReason reason, LocalDate leftOn) {
    }
}
