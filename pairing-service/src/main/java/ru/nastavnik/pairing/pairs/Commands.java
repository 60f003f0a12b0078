package ru.nastavnik.pairing.pairs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.PairEndReason;
import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * The commands of a pair or group. Texts arrive sealed with the pair's key (or, for feedback, the author's): the
 * aggregate checks that they are present, never what they say.
 */
public final class Commands {

    private Commands() {
    }

    /** The curator confirmed a proposal: the pair or group exists and waits for the head's order. */
    public record FormPairCommand(@TargetAggregateIdentifier String pairId, String schoolId, String municipalityId,
                                  String proposalId, MentoringForm form, boolean group, String mentorId,
                                  List<String> menteeIds, LocalDate formedOn) {
    }

    /** The head's order fixed the pair (приказ о закреплении) from {@code fixedOn}. */
    public record FixPairCommand(@TargetAggregateIdentifier String pairId, String actingSchoolId, String orderId,
                                 String orderNumber, LocalDate fixedOn) {
    }

    public record ChooseInteractionFormatCommand(@TargetAggregateIdentifier String pairId, PairActor actor,
                                                 InteractionFormat format) {
    }

    /** The individual plan: goals and tasks with their periods; a new draft needs both agreements again. */
    public record DraftPlanCommand(@TargetAggregateIdentifier String pairId, PairActor actor, List<String> sealedGoals,
                                   List<PlanTask> tasks) {
    }

    public record PlanTask(String sealedTitle, LocalDate from, LocalDate to) {
    }

    /** The mentor or the curator agrees the current plan. */
    public record AgreePlanCommand(@TargetAggregateIdentifier String pairId, PairActor actor) {
    }

    public record RecordMeetingCommand(@TargetAggregateIdentifier String pairId, PairActor actor, String meetingId,
                                       MeetingKind kind, LocalDate heldOn, InteractionFormat format,
                                       String sealedNotes, LocalDate today) {
    }

    public record GiveFeedbackCommand(@TargetAggregateIdentifier String pairId, PairActor actor, String meetingId,
                                      FeedbackAuthor author, String participantId, int score, String sealedComment,
                                      boolean notAGoodFit, LocalDate givenOn) {
    }

    /**
     * The stall sweep's finding: the reasons, or none when the pair moves again; {@code on} is the first day the
     * earliest of them held.
     */
    public record RecordStallCommand(@TargetAggregateIdentifier String pairId, Set<StallReason> reasons,
                                     LocalDate on) {
    }

    public record CompletePairCommand(@TargetAggregateIdentifier String pairId, PairActor actor, Outcome outcome,
                                      String sealedMentorReflection, String sealedMenteeReflection,
                                      boolean nominateMentor, LocalDate completedOn) {
    }

    public record DissolvePairCommand(@TargetAggregateIdentifier String pairId, PairActor actor, PairEndReason reason,
                                      String sealedNote, LocalDate on) {
    }

    /** A participant's consent was withdrawn: their part in the pair ends by itself. */
    public record EndParticipationCommand(@TargetAggregateIdentifier String pairId, String participantId,
                                          LocalDate on) {
    }
}
