package ru.nastavnik.roadmap.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

class RoadmapTest {

    private static final String ID = "rm-1";
    private static final String SCHOOL = "school-1";
    private static final String MUNICIPALITY = "mun-1";

    private FixtureConfiguration<Roadmap> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Roadmap.class);
    }

    private static RoadmapCreated created() {
        return new RoadmapCreated(ID, SCHOOL, MUNICIPALITY, "Дорожная карта ЦМН", "2026/2027", null, RoadmapKind.SCHOOL, null);
    }

    private static AddRoadmapActionCommand addAction(String number) {
        return new AddRoadmapActionCommand(ID, null, SCHOOL, "a-" + number, "Подготовка условий", number,
                "Назначение куратора", "до 15.09.2026", "Директор", "Приказ", null);
    }

    private static RoadmapActionAdded actionAdded(String number, int count) {
        return new RoadmapActionAdded(ID, SCHOOL, MUNICIPALITY, "a-" + number, "Подготовка условий", number,
                "Назначение куратора", "до 15.09.2026", "FIXED", List.of(LocalDate.of(2026, 9, 15)), List.of(),
                "Директор", "Приказ", count);
    }

    @Test
    void createsADraftForASchoolYear() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, SCHOOL, MUNICIPALITY, "  Дорожная карта ЦМН ", "2026/2027"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void rejectsASchoolYearThatIsNotTwoAdjacentYears() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, SCHOOL, MUNICIPALITY, "Карта", "2026/2028"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Учебный год указывается как два соседних года через косую черту, например 2026/2027")
                .expectNoEvents();
    }

    @Test
    void addsNumberedActionsAndCountsThem() {
        fixture.given(created(), actionAdded("1.1", 1))
                .when(addAction("1.2"))
                .expectEvents(actionAdded("1.2", 2));
    }

    @Test
    void readsTheDeadlineIntoDueDatesOverTheSchoolYear() {
        fixture.given(created())
                .when(new AddRoadmapActionCommand(ID, null, SCHOOL, "a-2.1", "База наставников", "2.1",
                        "Формирование базы наставников", "ежегодно (ноябрь)", "Заместитель директора по УР", "", null))
                .expectEvents(new RoadmapActionAdded(ID, SCHOOL, MUNICIPALITY, "a-2.1", "База наставников", "2.1",
                        "Формирование базы наставников", "ежегодно (ноябрь)", "RECURRING",
                        List.of(LocalDate.of(2026, 11, 30)), List.of(), "Заместитель директора по УР", "", 1));
    }

    @Test
    void keepsADeadlineItCannotReadAndSaysSo() {
        fixture.given(created())
                .when(new AddRoadmapActionCommand(ID, null, SCHOOL, "a-1", "Раздел", "1.1", "Мероприятие",
                        "когда получится", "Куратор", "", null))
                .expectEvents(new RoadmapActionAdded(ID, SCHOOL, MUNICIPALITY, "a-1", "Раздел", "1.1", "Мероприятие",
                        "когда получится", "UNRECOGNIZED", List.of(), List.of("Срок «когда получится» не распознан"),
                        "Куратор", "", 1));
    }

    @Test
    void rejectsADuplicateActionNumber() {
        fixture.given(created(), actionAdded("1.1", 1))
                .when(addAction("1.1"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Мероприятие с номером 1.1 уже есть в дорожной карте")
                .expectNoEvents();
    }

    @Test
    void rejectsAnActionNumberThatIsNotDigitsAndDots() {
        fixture.given(created())
                .when(addAction("первый"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anotherSchoolCannotEditTheRoadmapAndDoesNotLearnItExists() {
        fixture.given(created())
                .when(new AddRoadmapActionCommand(ID, null, "school-2", "a", "Раздел", "1.1", "Название",
                        "ежегодно", "Куратор", "", null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void submitsADraftWithActions() {
        fixture.given(created(), actionAdded("1.1", 1), actionAdded("1.2", 2))
                .when(new SubmitRoadmapCommand(ID, null, SCHOOL))
                .expectEvents(new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 2));
    }

    @Test
    void doesNotSubmitAnEmptyRoadmap() {
        fixture.given(created())
                .when(new SubmitRoadmapCommand(ID, null, SCHOOL))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("В дорожной карте нет ни одного мероприятия: добавьте мероприятия перед отправкой")
                .expectNoEvents();
    }

    @Test
    void doesNotSubmitTwice() {
        fixture.given(created(), actionAdded("1.1", 1), new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 1))
                .when(new SubmitRoadmapCommand(ID, null, SCHOOL))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Дорожная карта уже отправлена на согласование")
                .expectNoEvents();
    }

    @Test
    void aSubmittedRoadmapTakesNoMoreActions() {
        fixture.given(created(), actionAdded("1.1", 1), new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 1))
                .when(addAction("1.2"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private static RoadmapSubmitted submitted() {
        return new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 1);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 20);

    @Test
    void theDepartmentAgreesASubmittedRoadmap() {
        fixture.given(created(), actionAdded("1.1", 1), submitted())
                .when(new AgreeRoadmapCommand(ID, null, MUNICIPALITY, " Замечаний нет "))
                .expectEvents(new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, "Замечаний нет"));
    }

    @Test
    void anotherMunicipalityCannotDecideOnTheRoadmap() {
        fixture.given(created(), actionAdded("1.1", 1), submitted())
                .when(new AgreeRoadmapCommand(ID, null, "mun-2", ""))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void onlyASubmittedRoadmapCanBeAgreedOrReturned() {
        fixture.given(created(), actionAdded("1.1", 1))
                .when(new AgreeRoadmapCommand(ID, null, MUNICIPALITY, ""))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(created(), actionAdded("1.1", 1), submitted(), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""))
                .when(new ReturnRoadmapCommand(ID, null, MUNICIPALITY, "Поздно"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aReturnNeedsACommentForTheSchool() {
        fixture.given(created(), actionAdded("1.1", 1), submitted())
                .when(new ReturnRoadmapCommand(ID, null, MUNICIPALITY, "  "))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Напишите, что нужно доработать: школа увидит этот комментарий")
                .expectNoEvents();
    }

    @Test
    void aReturnedRoadmapIsEditableAndCanBeResubmitted() {
        RoadmapReturned returned = new RoadmapReturned(ID, SCHOOL, MUNICIPALITY, "Добавьте обучение наставников");
        fixture.given(created(), actionAdded("1.1", 1), submitted(), returned)
                .when(addAction("1.2"))
                .expectEvents(actionAdded("1.2", 2));
        fixture.given(created(), actionAdded("1.1", 1), submitted(), returned, actionAdded("1.2", 2))
                .when(new SubmitRoadmapCommand(ID, null, SCHOOL))
                .expectEvents(new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 2));
    }

    @Test
    void theHeadAdoptsAnAgreedRoadmapByAnOrder() {
        fixture.given(created(), actionAdded("1.1", 1), submitted(), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""))
                .when(new AdoptRoadmapCommand(ID, null, SCHOOL, " 125-о ", LocalDate.of(2026, 9, 15), TODAY))
                .expectEvents(new RoadmapAdopted(ID, SCHOOL, MUNICIPALITY, "125-о", LocalDate.of(2026, 9, 15)));
    }

    @Test
    void aRoadmapIsNotAdoptedBeforeAgreementNorByAnOrderFromTheFuture() {
        fixture.given(created(), actionAdded("1.1", 1), submitted())
                .when(new AdoptRoadmapCommand(ID, null, SCHOOL, "125-о", TODAY, TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(created(), actionAdded("1.1", 1), submitted(), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""))
                .when(new AdoptRoadmapCommand(ID, null, SCHOOL, "125-о", TODAY.plusDays(1), TODAY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Дата приказа не может быть позже сегодняшнего дня")
                .expectNoEvents();
        fixture.given(created(), actionAdded("1.1", 1), submitted(), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""))
                .when(new AdoptRoadmapCommand(ID, null, SCHOOL, " ", TODAY, TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anAdoptedRoadmapIsNoLongerEditableAndClosesOnce() {
        RoadmapAdopted adopted = new RoadmapAdopted(ID, SCHOOL, MUNICIPALITY, "125-о", LocalDate.of(2026, 9, 15));
        fixture.given(created(), actionAdded("1.1", 1), submitted(), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""),
                        adopted)
                .when(addAction("1.2"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(created(), actionAdded("1.1", 1), submitted(), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""),
                        adopted)
                .when(new CloseRoadmapCommand(ID, null, SCHOOL))
                .expectEvents(new RoadmapClosed(ID, SCHOOL, MUNICIPALITY));
        fixture.given(created(), actionAdded("1.1", 1), submitted(), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""),
                        adopted, new RoadmapClosed(ID, SCHOOL, MUNICIPALITY))
                .when(new CloseRoadmapCommand(ID, null, SCHOOL))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private static final LocalDate DUE = LocalDate.of(2026, 9, 15);

    private Object[] adopted() {
        return new Object[] {created(), actionAdded("1.1", 1), submitted(),
                new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""),
                new RoadmapAdopted(ID, SCHOOL, MUNICIPALITY, "125-о", LocalDate.of(2026, 9, 1))};
    }

    private static CompleteOccurrenceCommand complete(LocalDate due, LocalDate evidenceDate) {
        return new CompleteOccurrenceCommand(ID, SCHOOL, "a-1.1", due, "Приказ", "12", evidenceDate, "", TODAY);
    }

    @Test
    void anOccurrenceDoneByItsDateIsOnTimeAndAfterItLate() {
        fixture.given(adopted())
                .when(complete(DUE, LocalDate.of(2026, 9, 10)))
                .expectEvents(new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE, "Приказ", "12",
                        LocalDate.of(2026, 9, 10), "", true));
        fixture.given(adopted())
                .when(complete(DUE, LocalDate.of(2026, 9, 18)))
                .expectEvents(new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE, "Приказ", "12",
                        LocalDate.of(2026, 9, 18), "", false));
    }

    @Test
    void executionNeedsAnAdoptedRoadmapAKnownDueDateAndRealEvidence() {
        fixture.given(created(), actionAdded("1.1", 1), submitted())
                .when(complete(DUE, DUE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(adopted())
                .when(complete(DUE.plusDays(1), DUE))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(adopted())
                .when(complete(DUE, TODAY.plusDays(1)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Дата документа не может быть позже сегодняшнего дня")
                .expectNoEvents();
        fixture.given(adopted())
                .when(new CompleteOccurrenceCommand(ID, SCHOOL, "a-1.1", DUE, " ", "", DUE, "", TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(adopted())
                .when(new CompleteOccurrenceCommand(ID, "school-2", "a-1.1", DUE, "Приказ", "", DUE, "", TODAY))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anEvidenceLinkIsAWebAddress() {
        for (String link : new String[] {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "file:///etc/passwd",
                "data:text/html,<b>x</b>", "//school.example/order.pdf", "https://school.example/a b.pdf"}) {
            fixture.given(adopted())
                    .when(new CompleteOccurrenceCommand(ID, SCHOOL, "a-1.1", DUE, "Приказ", "12", DUE, link, TODAY))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("Ссылка на документ должна начинаться с http:// или https://")
                    .expectNoEvents();
        }
        fixture.given(adopted())
                .when(new CompleteOccurrenceCommand(ID, SCHOOL, "a-1.1", DUE, "Приказ", "12", DUE,
                        " https://school.example/docs/order-12.pdf ", TODAY))
                .expectEvents(new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE, "Приказ", "12", DUE,
                        "https://school.example/docs/order-12.pdf", true));
    }

    @Test
    void aDoneOrCancelledOccurrenceIsClosed() {
        OccurrenceCompleted done = new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE, "Приказ", "12",
                DUE, "", true);
        fixture.given(adopted()).andGiven(done)
                .when(complete(DUE, DUE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(adopted()).andGiven(new OccurrenceCancelled(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE, "Не нужно"))
                .when(new CancelOccurrenceCommand(ID, SCHOOL, "a-1.1", DUE, "Ещё раз"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aCancellationNeedsAReason() {
        fixture.given(adopted())
                .when(new CancelOccurrenceCommand(ID, SCHOOL, "a-1.1", DUE, ""))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Укажите причину отмены")
                .expectNoEvents();
        fixture.given(adopted())
                .when(new CancelOccurrenceCommand(ID, SCHOOL, "a-1.1", DUE, " Мероприятие перенесено в план РМО "))
                .expectEvents(new OccurrenceCancelled(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE,
                        "Мероприятие перенесено в план РМО"));
    }

    @Test
    void aPassedPendingOccurrenceBecomesOverdueOnceAndCanStillBeDoneLate() {
        OccurrenceOverdue overdue = new OccurrenceOverdue(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE);
        fixture.given(adopted())
                .when(new RecordOverdueOccurrenceCommand(ID, "a-1.1", DUE, DUE.plusDays(1)))
                .expectEvents(overdue);
        fixture.given(adopted()).andGiven(overdue)
                .when(new RecordOverdueOccurrenceCommand(ID, "a-1.1", DUE, DUE.plusDays(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(adopted())
                .when(new RecordOverdueOccurrenceCommand(ID, "a-1.1", DUE, DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(adopted()).andGiven(overdue)
                .when(complete(DUE, TODAY))
                .expectEvents(new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.1", DUE, "Приказ", "12", TODAY,
                        "", false));
    }

    @Test
    void aContinuationStartsWithTheCarriedActionsTheirDeadlinesReadOverTheNewYear() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand("rm-2", RoadmapKind.SCHOOL, SCHOOL, MUNICIPALITY, "Дорожная карта ЦМН",
                        "2027/2028", ID, null, List.of(new CreateRoadmapCommand.CarriedAction("b-2.1", "2. Базы", "2.1",
                                "Формирование базы наставников", "ежегодно (ноябрь)", "Куратор", "Список", null))))
                .expectEvents(new RoadmapCreated("rm-2", SCHOOL, MUNICIPALITY, "Дорожная карта ЦМН", "2027/2028", ID, RoadmapKind.SCHOOL, null),
                        new RoadmapActionAdded("rm-2", SCHOOL, MUNICIPALITY, "b-2.1", "2. Базы", "2.1",
                                "Формирование базы наставников", "ежегодно (ноябрь)", "RECURRING",
                                List.of(LocalDate.of(2027, 11, 30)), List.of(), "Куратор", "Список", 1));
    }

    @Test
    void aDraftActionIsCorrectedWithItsDeadlineReadAgain() {
        fixture.given(created(), actionAdded("1.1", 1))
                .when(new ChangeRoadmapActionCommand(ID, null, SCHOOL, "a-1.1", "Подготовка условий", "1.2",
                        "Назначение куратора приказом", "ноябрь 2026", "Директор", "Приказ", null))
                .expectEvents(new RoadmapActionChanged(ID, SCHOOL, MUNICIPALITY, "a-1.1", "Подготовка условий", "1.2",
                        "Назначение куратора приказом", "ноябрь 2026", "FIXED", List.of(LocalDate.of(2026, 11, 30)),
                        List.of(), "Директор", "Приказ"));
    }

    @Test
    void aCorrectionCannotTakeAnotherActionsNumberNorTouchAnUnknownAction() {
        fixture.given(created(), actionAdded("1.1", 1), actionAdded("1.2", 2))
                .when(new ChangeRoadmapActionCommand(ID, null, SCHOOL, "a-1.1", "Раздел", "1.2", "Название",
                        "ежегодно", "Куратор", "", null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(created(), actionAdded("1.1", 1))
                .when(new ChangeRoadmapActionCommand(ID, null, SCHOOL, "a-9", "Раздел", "9.9", "Название",
                        "ежегодно", "Куратор", "", null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aRemovedActionFreesItsNumberAndIsNotCountedOnSubmission() {
        fixture.given(created(), actionAdded("1.1", 1), actionAdded("1.2", 2))
                .when(new RemoveRoadmapActionCommand(ID, null, SCHOOL, "a-1.1"))
                .expectEvents(new RoadmapActionRemoved(ID, SCHOOL, MUNICIPALITY, "a-1.1", "1.1", 1));
        fixture.given(created(), actionAdded("1.1", 1), actionAdded("1.2", 2),
                        new RoadmapActionRemoved(ID, SCHOOL, MUNICIPALITY, "a-1.1", "1.1", 1))
                .when(new SubmitRoadmapCommand(ID, null, SCHOOL))
                .expectEvents(new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 1));
        fixture.given(created(), actionAdded("1.1", 1), new RoadmapActionRemoved(ID, SCHOOL, MUNICIPALITY, "a-1.1", "1.1", 0))
                .when(addAction("1.1"))
                .expectEvents(actionAdded("1.1", 1));
    }

    @Test
    void nothingIsCorrectedOrRemovedOnceSubmitted() {
        fixture.given(created(), actionAdded("1.1", 1), submitted())
                .when(new RemoveRoadmapActionCommand(ID, null, SCHOOL, "a-1.1"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(created(), actionAdded("1.1", 1), submitted())
                .when(new ChangeRoadmapActionCommand(ID, null, SCHOOL, "a-1.1", "Раздел", "1.1", "Название",
                        "ежегодно", "Куратор", "", null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
