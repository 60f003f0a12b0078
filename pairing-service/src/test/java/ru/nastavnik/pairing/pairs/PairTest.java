package ru.nastavnik.pairing.pairs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.PairEndReason;
import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.pairing.pairs.Commands.AgreePlanCommand;
import ru.nastavnik.pairing.pairs.Commands.ChooseInteractionFormatCommand;
import ru.nastavnik.pairing.pairs.Commands.CompletePairCommand;
import ru.nastavnik.pairing.pairs.Commands.DissolvePairCommand;
import ru.nastavnik.pairing.pairs.Commands.DraftPlanCommand;
import ru.nastavnik.pairing.pairs.Commands.EndParticipationCommand;
import ru.nastavnik.pairing.pairs.Commands.FixPairCommand;
import ru.nastavnik.pairing.pairs.Commands.FormPairCommand;
import ru.nastavnik.pairing.pairs.Commands.GiveFeedbackCommand;
import ru.nastavnik.pairing.pairs.Commands.PlanTask;
import ru.nastavnik.pairing.pairs.Commands.RecordMeetingCommand;
import ru.nastavnik.pairing.pairs.Commands.RecordStallCommand;
import ru.nastavnik.pairing.pairs.Events.FeedbackRecorded;
import ru.nastavnik.pairing.pairs.Events.InteractionFormatChosen;
import ru.nastavnik.pairing.pairs.Events.MeetingRecorded;
import ru.nastavnik.pairing.pairs.Events.MenteeLeft;
import ru.nastavnik.pairing.pairs.Events.PairEnded;
import ru.nastavnik.pairing.pairs.Events.PairFinished;
import ru.nastavnik.pairing.pairs.Events.PairFixedByOrder;
import ru.nastavnik.pairing.pairs.Events.PairFormed;
import ru.nastavnik.pairing.pairs.Events.PlanAgreed;
import ru.nastavnik.pairing.pairs.Events.PlanDrafted;
import ru.nastavnik.pairing.pairs.Events.StallRecorded;
import ru.nastavnik.platform.domain.BrokenRule;

/** Given-when-then: every rule of a pair or group, failure paths included. */
class PairTest {

    static final String ID = "pair-1";
    static final String SCHOOL = "school-1";
    static final String MUN = "mun-1";
    static final String MENTOR = "mentor-1";
    static final String MENTEE = "mentee-1";
    static final LocalDate FIXED = LocalDate.of(2026, 9, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final PairActor STAFF = PairActor.staff(SCHOOL);
    static final PairActor OWN_MENTOR = PairActor.mentor(SCHOOL, MENTOR);

    private FixtureConfiguration<Pair> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pair.class);
    }

    static PairFormed formed() {
        return new PairFormed(ID, SCHOOL, MUN, "proposal-1", MentoringForm.PUPIL_PUPIL, false, MENTOR, List.of(MENTEE),
                FIXED.minusDays(2));
    }

    static PairFormed groupFormed() {
        return new PairFormed(ID, SCHOOL, MUN, "proposal-1", MentoringForm.PUPIL_PUPIL, true, MENTOR,
                List.of("mentee-1", "mentee-2"), FIXED.minusDays(2));
    }

    static PairFixedByOrder fixed() {
        return new PairFixedByOrder(ID, SCHOOL, MUN, "order-1", "45-о", FIXED, MentoringForm.PUPIL_PUPIL, false, MENTOR,
                List.of(MENTEE));
    }

    static MeetingRecorded meeting(int sequence, MeetingKind kind, LocalDate on) {
        return new MeetingRecorded(ID, SCHOOL, MUN, "m-" + sequence, sequence, kind, on, InteractionFormat.IN_PERSON,
                "v1:notes");
    }

    static FeedbackRecorded feedback(String meetingId, FeedbackAuthor author, String who) {
        return new FeedbackRecorded(ID, SCHOOL, MUN, meetingId, author, who, 5, "v1:c", false, TODAY);
    }

    static Object[] throughWorking() {
        return new Object[] {formed(), fixed(), meeting(1, MeetingKind.INTRODUCTION, FIXED.plusDays(1)),
                meeting(2, MeetingKind.TRIAL, FIXED.plusDays(5)), meeting(3, MeetingKind.PLANNING, FIXED.plusDays(9)),
                meeting(4, MeetingKind.WORKING, FIXED.plusDays(16))};
    }

    private RecordMeetingCommand record(String meetingId, MeetingKind kind, LocalDate on, PairActor actor) {
        return new RecordMeetingCommand(ID, actor, meetingId, kind, on, InteractionFormat.IN_PERSON, "v1:n", TODAY);
    }

    @Test
    void aPairIsFormedWithOneMenteeAndAGroupWithSeveral() {
        fixture.givenNoPriorActivity()
                .when(new FormPairCommand(ID, SCHOOL, MUN, "proposal-1", MentoringForm.PUPIL_PUPIL, false, MENTOR,
                        List.of(MENTEE), FIXED.minusDays(2)))
                .expectEvents(formed());
        fixture.givenNoPriorActivity()
                .when(new FormPairCommand(ID, SCHOOL, MUN, "proposal-1", MentoringForm.PUPIL_PUPIL, false, MENTOR,
                        List.of("mentee-1", "mentee-2"), FIXED))
                .expectException(BrokenRule.class).expectExceptionMessage("В паре один наставляемый; несколько — это группа");
        fixture.givenNoPriorActivity()
                .when(new FormPairCommand(ID, SCHOOL, MUN, "p", MentoringForm.PUPIL_PUPIL, true, MENTOR, List.of(), FIXED))
                .expectException(BrokenRule.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new FormPairCommand(ID, SCHOOL, MUN, "p", MentoringForm.PUPIL_PUPIL, false, MENTOR, List.of(MENTOR), FIXED))
                .expectException(BrokenRule.class).expectExceptionMessage("Наставник и наставляемый должны быть разными людьми");
        fixture.givenNoPriorActivity()
                .when(new FormPairCommand(ID, SCHOOL, MUN, "p", MentoringForm.PUPIL_PUPIL, true, MENTOR,
                        List.of("a", "a"), FIXED))
                .expectException(BrokenRule.class).expectExceptionMessage("Наставляемый указан в группе дважды");
    }

    @Test
    void anOrderFixesAPairThatWaitsForItOnce() {
        fixture.given(formed())
                .when(new FixPairCommand(ID, SCHOOL, "order-1", " 45-о ", FIXED))
                .expectEvents(fixed());
        fixture.given(formed(), fixed())
                .when(new FixPairCommand(ID, SCHOOL, "order-2", "46", FIXED))
                .expectException(BrokenRule.class).expectNoEvents();
        fixture.given(formed())
                .when(new FixPairCommand(ID, "school-2", "order-1", "45", FIXED))
                .expectException(BrokenRule.class).expectExceptionMessage("Пара не найдена");
        fixture.given(formed())
                .when(new FixPairCommand(ID, SCHOOL, "order-1", " ", FIXED))
                .expectException(BrokenRule.class).expectExceptionMessage("Укажите номер и дату приказа");
    }

    @Test
    void theFormatIsChosenByTheMentorOrStaffButNotByAnotherMentor() {
        fixture.given(formed(), fixed())
                .when(new ChooseInteractionFormatCommand(ID, OWN_MENTOR, InteractionFormat.MIXED))
                .expectEvents(new InteractionFormatChosen(ID, InteractionFormat.MIXED));
        fixture.given(formed(), fixed())
                .when(new ChooseInteractionFormatCommand(ID, PairActor.mentor(SCHOOL, "mentor-2"), InteractionFormat.REMOTE))
                .expectException(BrokenRule.class).expectExceptionMessage("Пара не найдена");
        fixture.given(formed(), fixed())
                .when(new ChooseInteractionFormatCommand(ID, STAFF, null))
                .expectException(BrokenRule.class).expectNoEvents();
    }

    @Test
    void thePlanIsAgreedByTheMentorAndTheCuratorAndANewDraftNeedsBothAgain() {
        List<PlanTask> tasks = List.of(new PlanTask("v1:t", FIXED, FIXED.plusMonths(1)));
        PlanDrafted drafted = new PlanDrafted(ID, List.of("v1:g"), tasks);
        fixture.given(formed(), fixed())
                .when(new DraftPlanCommand(ID, OWN_MENTOR, List.of("v1:g", " "), tasks))
                .expectEvents(drafted);
        fixture.given(formed(), fixed())
                .when(new DraftPlanCommand(ID, STAFF, List.of(), tasks))
                .expectException(BrokenRule.class).expectExceptionMessage("Сформулируйте хотя бы одну цель индивидуального плана");
        fixture.given(formed(), fixed())
                .when(new DraftPlanCommand(ID, STAFF, List.of("v1:g"), List.of(new PlanTask("v1:t", FIXED, FIXED.minusDays(1)))))
                .expectException(BrokenRule.class).expectExceptionMessage("Срок задачи: дата начала не позже даты окончания");
        fixture.given(formed(), fixed())
                .when(new AgreePlanCommand(ID, STAFF))
                .expectException(BrokenRule.class).expectExceptionMessage("Сначала составьте индивидуальный план");
        fixture.given(formed(), fixed(), drafted)
                .when(new AgreePlanCommand(ID, OWN_MENTOR))
                .expectEvents(new PlanAgreed(ID, PairActor.Kind.MENTOR));
        fixture.given(formed(), fixed(), drafted, new PlanAgreed(ID, PairActor.Kind.MENTOR))
                .when(new AgreePlanCommand(ID, OWN_MENTOR))
                .expectException(BrokenRule.class).expectExceptionMessage("Наставник уже согласовал этот план");
        fixture.given(formed(), fixed(), drafted, new PlanAgreed(ID, PairActor.Kind.MENTOR), drafted)
                .when(new AgreePlanCommand(ID, OWN_MENTOR))
                .expectEvents(new PlanAgreed(ID, PairActor.Kind.MENTOR));
        fixture.given(formed(), fixed(), drafted)
                .when(new AgreePlanCommand(ID, PairActor.platform(SCHOOL)))
                .expectException(BrokenRule.class).expectNoEvents();
    }

    @Test
    void meetingsFollowTheMethodologysOrder() {
        fixture.given(formed(), fixed())
                .when(record("m-1", MeetingKind.INTRODUCTION, FIXED.plusDays(1), OWN_MENTOR))
                .expectEvents(new MeetingRecorded(ID, SCHOOL, MUN, "m-1", 1, MeetingKind.INTRODUCTION, FIXED.plusDays(1),
                        InteractionFormat.IN_PERSON, "v1:n"));
        fixture.given(formed(), fixed())
                .when(record("m-1", MeetingKind.WORKING, FIXED.plusDays(1), STAFF))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Встречи идут по порядку: следующей должна быть «Встреча-знакомство»");
        fixture.given(formed(), fixed(), meeting(1, MeetingKind.INTRODUCTION, FIXED.plusDays(1)))
                .when(record("m-2", MeetingKind.PLANNING, FIXED.plusDays(3), STAFF))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Встречи идут по порядку: следующей должна быть «Пробная встреча», а не «Встреча-планирование»");
        fixture.given(throughWorking())
                .when(record("m-5", MeetingKind.WORKING, FIXED.plusDays(23), STAFF))
                .expectEvents(new MeetingRecorded(ID, SCHOOL, MUN, "m-5", 5, MeetingKind.WORKING, FIXED.plusDays(23),
                        InteractionFormat.IN_PERSON, "v1:n"));
        fixture.given(throughWorking())
                .when(record("m-5", MeetingKind.FINAL, FIXED.plusDays(23), STAFF))
                .expectSuccessfulHandlerExecution();
        fixture.given(formed(), fixed(), meeting(1, MeetingKind.INTRODUCTION, FIXED.plusDays(1)),
                        meeting(2, MeetingKind.TRIAL, FIXED.plusDays(5)), meeting(3, MeetingKind.PLANNING, FIXED.plusDays(9)))
                .when(record("m-4", MeetingKind.FINAL, FIXED.plusDays(12), STAFF))
                .expectException(BrokenRule.class).expectExceptionMessage(
                        "Встречи идут по порядку: следующей должна быть «Рабочая встреча», а не «Итоговая встреча»");
        Object[] finished = append(throughWorking(), meeting(5, MeetingKind.FINAL, FIXED.plusDays(30)));
        fixture.given(finished)
                .when(record("m-6", MeetingKind.WORKING, FIXED.plusDays(31), STAFF))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Итоговая встреча уже прошла: новые встречи не записываются");
    }

    @Test
    void meetingsHaveSensibleDatesAndBelongToAnActivePair() {
        fixture.given(formed())
                .when(record("m-1", MeetingKind.INTRODUCTION, FIXED, STAFF))
                .expectException(BrokenRule.class).expectExceptionMessage("Встречи проводятся после закрепления пары приказом");
        fixture.given(formed(), fixed())
                .when(record("m-1", MeetingKind.INTRODUCTION, FIXED.minusDays(1), STAFF))
                .expectException(BrokenRule.class).expectExceptionMessage("Встреча не может быть раньше приказа о закреплении пары");
        fixture.given(formed(), fixed())
                .when(record("m-1", MeetingKind.INTRODUCTION, TODAY.plusDays(1), STAFF))
                .expectException(BrokenRule.class).expectExceptionMessage("Записываются встречи, которые уже прошли");
        fixture.given(formed(), fixed(), meeting(1, MeetingKind.INTRODUCTION, FIXED.plusDays(5)))
                .when(record("m-2", MeetingKind.TRIAL, FIXED.plusDays(4), STAFF))
                .expectException(BrokenRule.class).expectExceptionMessage("Дата встречи не может быть раньше предыдущей встречи");
        fixture.given(formed(), fixed(), meeting(1, MeetingKind.INTRODUCTION, FIXED.plusDays(5)))
                .when(record("m-1", MeetingKind.TRIAL, FIXED.plusDays(6), STAFF))
                .expectException(BrokenRule.class).expectExceptionMessage("Эта встреча уже записана");
        fixture.given(formed(), fixed())
                .when(record("m-1", MeetingKind.INTRODUCTION, FIXED.plusDays(1), PairActor.mentor(SCHOOL, "other")))
                .expectException(BrokenRule.class).expectExceptionMessage("Пара не найдена");
        fixture.given(formed(), fixed())
                .when(record("m-1", MeetingKind.INTRODUCTION, FIXED.plusDays(1), PairActor.staff("school-2")))
                .expectException(BrokenRule.class).expectExceptionMessage("Пара не найдена");
    }

    @Test
    void feedbackComesOnceFromEachSideAndOnlyFromThePairsPeople() {
        GiveFeedbackCommand mentorGives = new GiveFeedbackCommand(ID, OWN_MENTOR, "m-4", FeedbackAuthor.MENTOR, MENTOR, 4,
                "v1:c", false, TODAY);
        fixture.given(throughWorking())
                .when(mentorGives)
                .expectEvents(new FeedbackRecorded(ID, SCHOOL, MUN, "m-4", FeedbackAuthor.MENTOR, MENTOR, 4, "v1:c", false, TODAY));
        fixture.given(append(throughWorking(), feedback("m-4", FeedbackAuthor.MENTOR, MENTOR)))
                .when(mentorGives)
                .expectException(BrokenRule.class).expectExceptionMessage("Обратная связь по этой встрече уже дана");
        fixture.given(throughWorking())
                .when(new GiveFeedbackCommand(ID, PairActor.platform(SCHOOL), "m-4", FeedbackAuthor.MENTEE, MENTEE, 5,
                        "", true, TODAY))
                .expectEvents(new FeedbackRecorded(ID, SCHOOL, MUN, "m-4", FeedbackAuthor.MENTEE, MENTEE, 5, "", true, TODAY));
        fixture.given(throughWorking())
                .when(new GiveFeedbackCommand(ID, OWN_MENTOR, "m-4", FeedbackAuthor.MENTEE, MENTEE, 5, "", false, TODAY))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Наставляемый даёт обратную связь сам, по своей одноразовой ссылке");
        fixture.given(throughWorking())
                .when(new GiveFeedbackCommand(ID, STAFF, "m-4", FeedbackAuthor.MENTEE, "stranger", 5, "", false, TODAY))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Обратную связь наставляемого даёт наставляемый этой пары");
        fixture.given(throughWorking())
                .when(new GiveFeedbackCommand(ID, STAFF, "m-4", FeedbackAuthor.MENTOR, MENTEE, 5, "", false, TODAY))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Обратную связь наставника даёт наставник этой пары");
        fixture.given(throughWorking())
                .when(new GiveFeedbackCommand(ID, STAFF, "m-4", FeedbackAuthor.MENTOR, MENTOR, 6, "", false, TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Оценка встречи — от 1 до 5");
        fixture.given(throughWorking())
                .when(new GiveFeedbackCommand(ID, STAFF, "m-9", FeedbackAuthor.MENTOR, MENTOR, 3, "", false, TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Встреча не найдена");
    }

    @Test
    void aStallIsRecordedOnlyWhenItChangesAndOnlyForAnActivePair() {
        fixture.given(formed(), fixed())
                .when(new RecordStallCommand(ID, Set.of(StallReason.NO_FIRST_MEETING), TODAY))
                .expectEvents(new StallRecorded(ID, SCHOOL, MUN, List.of(StallReason.NO_FIRST_MEETING), TODAY));
        StallRecorded stalled = new StallRecorded(ID, SCHOOL, MUN, List.of(StallReason.NO_FIRST_MEETING), TODAY.minusDays(3));
        fixture.given(formed(), fixed(), stalled)
                .when(new RecordStallCommand(ID, Set.of(StallReason.NO_FIRST_MEETING), TODAY))
                .expectNoEvents();
        fixture.given(formed(), fixed(), stalled)
                .when(new RecordStallCommand(ID, Set.of(StallReason.NOT_A_GOOD_FIT, StallReason.NO_FIRST_MEETING), TODAY))
                .expectEvents(new StallRecorded(ID, SCHOOL, MUN, List.of(StallReason.NO_FIRST_MEETING,
                        StallReason.NOT_A_GOOD_FIT), TODAY.minusDays(3)));
        fixture.given(formed(), fixed(), stalled)
                .when(new RecordStallCommand(ID, Set.of(), TODAY))
                .expectEvents(new StallRecorded(ID, SCHOOL, MUN, List.of(), null));
        fixture.given(formed())
                .when(new RecordStallCommand(ID, Set.of(StallReason.NO_FIRST_MEETING), TODAY))
                .expectNoEvents();
    }

    @Test
    void aPairIsCompletedAfterItsFinalMeetingWithFeedbackOnEveryWorkingMeetingAndBothReflections() {
        Object[] ready = append(append(append(throughWorking(), feedback("m-4", FeedbackAuthor.MENTOR, MENTOR)),
                feedback("m-4", FeedbackAuthor.MENTEE, MENTEE)), meeting(5, MeetingKind.FINAL, FIXED.plusDays(30)));
        CompletePairCommand complete = new CompletePairCommand(ID, STAFF, Outcome.GOAL_REACHED, "v1:a", "v1:b", true, TODAY);
        fixture.given(ready)
                .when(complete)
                .expectEvents(new PairFinished(ID, SCHOOL, MUN, Outcome.GOAL_REACHED, "v1:a", "v1:b", true, TODAY));
        fixture.given(throughWorking())
                .when(complete)
                .expectException(BrokenRule.class).expectExceptionMessage("Сначала проведите итоговую встречу");
        fixture.given(append(append(throughWorking(), feedback("m-4", FeedbackAuthor.MENTOR, MENTOR)),
                        meeting(5, MeetingKind.FINAL, FIXED.plusDays(30))))
                .when(complete)
                .expectException(BrokenRule.class).expectExceptionMessage(
                        "По рабочим встречам обратная связь обязательна от обеих сторон; её нет по встречам № 4");
        fixture.given(ready)
                .when(new CompletePairCommand(ID, STAFF, Outcome.PARTLY_REACHED, "v1:a", " ", false, TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Нужна рефлексия обеих сторон: наставника и наставляемого");
        fixture.given(ready)
                .when(new CompletePairCommand(ID, STAFF, null, "v1:a", "v1:b", false, TODAY))
                .expectException(BrokenRule.class).expectNoEvents();
        fixture.given(ready)
                .when(new CompletePairCommand(ID, OWN_MENTOR, Outcome.GOAL_REACHED, "v1:a", "v1:b", false, TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Завершает работу пары куратор");
        fixture.given(append(ready, new PairFinished(ID, SCHOOL, MUN, Outcome.GOAL_REACHED, "a", "b", false, TODAY)))
                .when(complete)
                .expectException(BrokenRule.class).expectExceptionMessage("Пара уже завершила работу");
    }

    @Test
    void theCuratorDissolvesAPairWithAReason() {
        fixture.given(formed(), fixed())
                .when(new DissolvePairCommand(ID, STAFF, PairEndReason.NOT_A_GOOD_FIT, "", TODAY))
                .expectEvents(new PairEnded(ID, SCHOOL, MUN, PairEndReason.NOT_A_GOOD_FIT, "", TODAY));
        fixture.given(formed())
                .when(new DissolvePairCommand(ID, STAFF, PairEndReason.OTHER, " ", TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Опишите причину своими словами");
        fixture.given(formed(), fixed())
                .when(new DissolvePairCommand(ID, STAFF, PairEndReason.CONSENT_WITHDRAWN, "", TODAY))
                .expectException(BrokenRule.class).expectNoEvents();
        fixture.given(formed(), fixed())
                .when(new DissolvePairCommand(ID, OWN_MENTOR, PairEndReason.MENTOR_LEFT, "", TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Расформировывает пару куратор");
        fixture.given(formed(), fixed(), new PairEnded(ID, SCHOOL, MUN, PairEndReason.MENTEE_LEFT, "", TODAY))
                .when(new DissolvePairCommand(ID, STAFF, PairEndReason.MENTOR_LEFT, "", TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Пара уже расформирована");
    }

    @Test
    void aWithdrawnConsentEndsAPairOrTakesAMenteeOutOfAGroupAndIsHarmlessTwice() {
        fixture.given(formed(), fixed())
                .when(new EndParticipationCommand(ID, MENTEE, TODAY))
                .expectEvents(new PairEnded(ID, SCHOOL, MUN, PairEndReason.CONSENT_WITHDRAWN, "", TODAY));
        fixture.given(formed(), fixed())
                .when(new EndParticipationCommand(ID, MENTOR, TODAY))
                .expectEvents(new PairEnded(ID, SCHOOL, MUN, PairEndReason.CONSENT_WITHDRAWN, "", TODAY));
        fixture.given(groupFormed())
                .when(new EndParticipationCommand(ID, "mentee-2", TODAY))
                .expectEvents(new MenteeLeft(ID, SCHOOL, MUN, "mentee-2", PairEndReason.CONSENT_WITHDRAWN, TODAY));
        fixture.given(groupFormed(), new MenteeLeft(ID, SCHOOL, MUN, "mentee-2", PairEndReason.CONSENT_WITHDRAWN, TODAY))
                .when(new EndParticipationCommand(ID, "mentee-1", TODAY))
                .expectEvents(new PairEnded(ID, SCHOOL, MUN, PairEndReason.CONSENT_WITHDRAWN, "", TODAY));
        fixture.given(formed(), fixed(), new PairEnded(ID, SCHOOL, MUN, PairEndReason.CONSENT_WITHDRAWN, "", TODAY))
                .when(new EndParticipationCommand(ID, MENTEE, TODAY))
                .expectNoEvents();
        fixture.given(formed(), fixed())
                .when(new EndParticipationCommand(ID, "stranger", TODAY))
                .expectNoEvents();
    }

    private static Object[] append(Object[] events, Object event) {
        Object[] all = java.util.Arrays.copyOf(events, events.length + 1);
        all[events.length] = event;
        return all;
    }
}
