package ru.nastavnik.registry.command;

import ru.nastavnik.contracts.vocabulary.MentoringRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

class ParticipantTest {

    private static final String ID = "p-1";
    private static final String SCHOOL = "school-1";
    private static final String MUNICIPALITY = "mun-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final SealedPersonalData SEALED = new SealedPersonalData("v1:name", "v1:birth", "v1:phone");
    private static final Consent GUARDIAN_CONSENT = new Consent(ConsentSigner.GUARDIAN, "v1:guardian",
            LocalDate.of(2026, 9, 20), Set.of(ConsentScope.PROCESSING));

    private FixtureConfiguration<Participant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
    }

    private static EnrolParticipantCommand pupilMentee(Consent consent, Integer grade) {
        return new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTEE, ParticipantCategory.PUPIL,
                "10-14", true, grade, null, consent, SEALED, TODAY, null);
    }

    private static ParticipantEnrolled menteeEnrolled() {
        return new ParticipantEnrolled(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTEE, ParticipantCategory.PUPIL,
                "10-14", 6, null, GUARDIAN_CONSENT, SEALED, null);
    }

    private static ParticipantEnrolled mentorEnrolled() {
        return new ParticipantEnrolled(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR, ParticipantCategory.TEACHER,
                "adult", null, "over-3", new Consent(ConsentSigner.PERSON, "", TODAY, Set.of(ConsentScope.PROCESSING)),
                SEALED, null);
    }

    @Test
    void aPupilEntersTheBaseWithHisGuardiansConsent() {
        fixture.givenNoPriorActivity()
                .when(pupilMentee(GUARDIAN_CONSENT, 6))
                .expectEvents(menteeEnrolled());
    }

    @Test
    void nothingIsStoredWithoutConsentToProcessing() {
        fixture.givenNoPriorActivity()
                .when(pupilMentee(new Consent(ConsentSigner.GUARDIAN, "v1:guardian", TODAY,
                        Set.of(ConsentScope.PUBLICATION)), 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Без согласия на обработку персональных данных человека нельзя внести в базу")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(pupilMentee(null, 6))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aMinorsConsentIsSignedByANamedGuardianAndIsNotFromTheFuture() {
        fixture.givenNoPriorActivity()
                .when(pupilMentee(new Consent(ConsentSigner.PERSON, "", TODAY, Set.of(ConsentScope.PROCESSING)), 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("За несовершеннолетнего согласие подписывает родитель (законный представитель): укажите его")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(pupilMentee(new Consent(ConsentSigner.GUARDIAN, "", TODAY, Set.of(ConsentScope.PROCESSING)), 6))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(pupilMentee(new Consent(ConsentSigner.GUARDIAN, "v1:g", TODAY.plusDays(1),
                        Set.of(ConsentScope.PROCESSING)), 6))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Дата согласия не может быть позже сегодняшнего дня")
                .expectNoEvents();
    }

    @Test
    void theCategoryMustFitTheRoleAndTheGrade() {
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTEE,
                        ParticipantCategory.GRADUATE, "adult", false, null, null,
                        new Consent(ConsentSigner.PERSON, "", TODAY, Set.of(ConsentScope.PROCESSING)), SEALED, TODAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Наставляемый не может быть из категории «Выпускник»")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR,
                        ParticipantCategory.PUPIL, "15-18", true, 8, null, GUARDIAN_CONSENT, SEALED, TODAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Наставником может быть обучающийся 9–11 классов")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(pupilMentee(GUARDIAN_CONSENT, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aTeacherNeedsTheirExperienceAndEveryoneAnAge() {
        Consent own = new Consent(ConsentSigner.PERSON, "", TODAY, Set.of(ConsentScope.PROCESSING));
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR,
                        ParticipantCategory.TEACHER, "adult", false, null, null, own, SEALED, TODAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Укажите педагогический стаж")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR,
                        ParticipantCategory.GRADUATE, null, false, null, null, own, SEALED, TODAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Возраст участника не определён: укажите дату рождения")
                .expectNoEvents();
    }

    @Test
    void aPartnersEmployeeComesFromAPartnerAndOnlyThey() {
        Consent own = new Consent(ConsentSigner.PERSON, "", TODAY, Set.of(ConsentScope.PROCESSING));
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR,
                        ParticipantCategory.PARTNER_EMPLOYEE, "adult", false, null, null, own, SEALED, TODAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Укажите организацию-партнёра, сотрудником которой является наставник")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR,
                        ParticipantCategory.GRADUATE, "adult", false, null, null, own, SEALED, TODAY, "partner-1"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR,
                        ParticipantCategory.PARTNER_EMPLOYEE, "adult", false, null, null, own, SEALED, TODAY,
                        "partner-1"))
                .expectEvents(new ParticipantEnrolled(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTOR,
                        ParticipantCategory.PARTNER_EMPLOYEE, "adult", null, null, own, SEALED, "partner-1"));
    }

    @Test
    void aYoungTeacherHasUpToThreeYearsOfExperience() {
        Consent own = new Consent(ConsentSigner.PERSON, "", TODAY, Set.of(ConsentScope.PROCESSING));
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTEE,
                        ParticipantCategory.YOUNG_TEACHER, "adult", false, null, "over-3", own, SEALED, TODAY, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EnrolParticipantCommand(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTEE,
                        ParticipantCategory.YOUNG_TEACHER, "adult", false, null, "0-3", own, SEALED, TODAY, null))
                .expectEvents(new ParticipantEnrolled(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTEE,
                        ParticipantCategory.YOUNG_TEACHER, "adult", null, "0-3", own, SEALED, null));
    }

    @Test
    void aMenteesRequestsComeFromTheListOrInHisOwnWords() {
        fixture.given(menteeEnrolled())
                .when(new RecordMenteeRequestsCommand(ID, SCHOOL,
                        Set.of(MentoringRequest.OLYMPIAD, MentoringRequest.ACADEMIC_PERFORMANCE), "v1:note"))
                .expectEvents(new MenteeRequestsRecorded(ID, SCHOOL, MUNICIPALITY,
                        List.of(MentoringRequest.ACADEMIC_PERFORMANCE, MentoringRequest.OLYMPIAD), "v1:note"));
        fixture.given(menteeEnrolled())
                .when(new RecordMenteeRequestsCommand(ID, SCHOOL, Set.of(), ""))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(mentorEnrolled())
                .when(new RecordMenteeRequestsCommand(ID, SCHOOL, Set.of(MentoringRequest.OLYMPIAD), ""))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Запросы записываются наставляемым")
                .expectNoEvents();
    }

    @Test
    void aMentorIsDescribedSelectedAndTrained() {
        fixture.given(mentorEnrolled())
                .when(new DescribeMentorCommand(ID, SCHOOL, " математика ",
                        Set.of(MentoringRequest.OLYMPIAD, MentoringRequest.ACADEMIC_PERFORMANCE), Set.of("TEACHER_TEACHER"), 3))
                .expectEvents(new MentorDescribed(ID, SCHOOL, MUNICIPALITY, "математика", List.of("TEACHER_TEACHER"), 3,
                        List.of(MentoringRequest.ACADEMIC_PERFORMANCE, MentoringRequest.OLYMPIAD)));
        fixture.given(mentorEnrolled())
                .when(new DescribeMentorCommand(ID, SCHOOL, "", Set.of(), Set.of(), 0))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(mentorEnrolled())
                .when(new RecordMentorSelectionCommand(ID, SCHOOL, MentorSelection.NOT_SELECTED, " "))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(mentorEnrolled())
                .when(new RecordMentorSelectionCommand(ID, SCHOOL, MentorSelection.SELECTED, ""))
                .expectEvents(new MentorSelectionRecorded(ID, SCHOOL, MUNICIPALITY, MentorSelection.SELECTED, ""));
        fixture.given(mentorEnrolled())
                .when(new RecordMentorTrainingCommand(ID, SCHOOL, "t-1", "КПК «Наставничество в школе»", 36,
                        "v1:cert", LocalDate.of(2026, 6, 1), TODAY))
                .expectEvents(new MentorTrainingRecorded(ID, SCHOOL, MUNICIPALITY, "t-1",
                        "КПК «Наставничество в школе»", 36, "v1:cert", LocalDate.of(2026, 6, 1)));
        fixture.given(mentorEnrolled())
                .when(new RecordMentorTrainingCommand(ID, SCHOOL, "t-1", "КПК", 0, "", TODAY, TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(mentorEnrolled())
                .when(new RecordMentorTrainingCommand(ID, SCHOOL, "t-1", "КПК", 36, "", TODAY.plusDays(1), TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aMentorAnswersTheQuestionnaireScalesFromOneToFiveOwnWordsSealed() {
        fixture.given(mentorEnrolled())
                .when(new RecordMentorAnswersCommand(ID, SCHOOL, java.util.Map.of("readiness", 4),
                        java.util.Map.of("motivation", "v1:sealed")))
                .expectEvents(new MentorAnswersRecorded(ID, SCHOOL, MUNICIPALITY, "mentor-intake-v1",
                        java.util.Map.of("readiness", 4), java.util.Map.of("motivation", "v1:sealed")));
        fixture.given(mentorEnrolled())
                .when(new RecordMentorAnswersCommand(ID, SCHOOL, java.util.Map.of("readiness", 7), java.util.Map.of()))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Ответ на вопрос «Оцените свою готовность стать наставником (1 — не готов, 5 — полностью)» — число от 1 до 5")
                .expectNoEvents();
        fixture.given(mentorEnrolled())
                .when(new RecordMentorAnswersCommand(ID, SCHOOL, java.util.Map.of("motivation", 3), java.util.Map.of()))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("В анкете нет такого вопроса: motivation")
                .expectNoEvents();
        fixture.given(mentorEnrolled())
                .when(new RecordMentorAnswersCommand(ID, SCHOOL, java.util.Map.of(), java.util.Map.of("motivation", "")))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(menteeEnrolled())
                .when(new RecordMentorAnswersCommand(ID, SCHOOL, java.util.Map.of("readiness", 4), java.util.Map.of()))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Анкету наставника заполняет наставник")
                .expectNoEvents();
    }

    @Test
    void anotherSchoolDoesNotLearnThePersonExists() {
        fixture.given(menteeEnrolled())
                .when(new RecordMenteeRequestsCommand(ID, "school-2", Set.of(MentoringRequest.OLYMPIAD), ""))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(menteeEnrolled())
                .when(new WithdrawConsentCommand(ID, "school-2", TODAY, TODAY))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawnConsentClosesTheEntryForGood() {
        ConsentWithdrawn withdrawn = new ConsentWithdrawn(ID, SCHOOL, MUNICIPALITY, ParticipantRole.MENTEE, TODAY);
        fixture.given(menteeEnrolled())
                .when(new WithdrawConsentCommand(ID, SCHOOL, TODAY, TODAY))
                .expectEvents(withdrawn);
        fixture.given(menteeEnrolled(), withdrawn)
                .when(new WithdrawConsentCommand(ID, SCHOOL, TODAY, TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(menteeEnrolled(), withdrawn)
                .when(new RecordMenteeRequestsCommand(ID, SCHOOL, Set.of(MentoringRequest.OLYMPIAD), ""))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Согласие отозвано, данные участника удалены: записать ничего нельзя")
                .expectNoEvents();
        fixture.given(menteeEnrolled())
                .when(new WithdrawConsentCommand(ID, SCHOOL, TODAY.plusDays(1), TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
