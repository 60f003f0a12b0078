package ru.nastavnik.roadmap.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

/** The department's own plan, its templates, and deadlines that count from another action. */
class RoadmapKindsAndAnchorsTest {

    private static final String ID = "rm-1";
    private static final String SCHOOL = "school-1";
    private static final String MUNICIPALITY = "mun-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private static final String TWO_WEEKS = "в течение двух недель с даты определения модели";

    private FixtureConfiguration<Roadmap> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Roadmap.class);
    }

    private static RoadmapCreated municipalPlan() {
        return new RoadmapCreated(ID, null, MUNICIPALITY, "План мероприятий района", "2026", null,
                RoadmapKind.MUNICIPAL, null);
    }

    private static RoadmapCreated template() {
        return new RoadmapCreated(ID, null, MUNICIPALITY, "Этапы реализации программы", "2026/2027", null,
                RoadmapKind.TEMPLATE, null);
    }

    private static RoadmapCreated schoolRoadmap() {
        return new RoadmapCreated(ID, SCHOOL, MUNICIPALITY, "Дорожная карта", "2026/2027", null, RoadmapKind.SCHOOL,
                null);
    }

    private static RoadmapActionAdded added(String schoolId, String number, String title, String deadline,
                                           String kind, List<LocalDate> dates, int count) {
        return new RoadmapActionAdded(ID, schoolId, MUNICIPALITY, "a-" + number, "1. Подготовка", number, title,
                deadline, kind, dates, List.of(), "Куратор", "", count);
    }

    private static RoadmapActionAdded fixedAction(String schoolId, String number, String title) {
        return added(schoolId, number, title, "до 30.11.2026", "FIXED", List.of(LocalDate.of(2026, 11, 30)), 1);
    }

    private static AddRoadmapActionCommand add(String actingOrganisation, String number, String title,
                                               String deadline, String anchorId) {
        return new AddRoadmapActionCommand(ID, null, actingOrganisation, "a-" + number, "1. Подготовка", number, title,
                deadline, "Куратор", "", anchorId);
    }

    // --- the department's own plan ---

    @Test
    void theDepartmentStartsItsOwnPlanForACalendarYear() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.MUNICIPAL, null, MUNICIPALITY, "План мероприятий района",
                        "2026", null, null, List.of()))
                .expectEvents(municipalPlan());
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.MUNICIPAL, null, MUNICIPALITY, "План", "2021-2024",
                        null, null, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPlanBelongsEitherToASchoolOrToTheDepartment() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.MUNICIPAL, SCHOOL, MUNICIPALITY, "План", "2026", null,
                        null, List.of()))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.SCHOOL, null, MUNICIPALITY, "Карта", "2026/2027", null,
                        null, List.of()))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aSchoolRoadmapRunsByASchoolYearAndAPlanByARealPeriod() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, SCHOOL, MUNICIPALITY, "Карта", "2026"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Учебный год указывается как два соседних года через косую черту, например 2026/2027")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.MUNICIPAL, null, MUNICIPALITY, "План", "2026-2020",
                        null, null, List.of()))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheDepartmentEditsItsPlanAndItDoesNotEditASchools() {
        fixture.given(municipalPlan())
                .when(add(MUNICIPALITY, "1.1", "Совещание руководителей", "Апрель", null))
                .expectEvents(added(null, "1.1", "Совещание руководителей", "Апрель", "FIXED",
                        List.of(LocalDate.of(2026, 4, 30)), 1));
        fixture.given(municipalPlan())
                .when(add(SCHOOL, "1.1", "Совещание", "Апрель", null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(schoolRoadmap())
                .when(add(MUNICIPALITY, "1.1", "Совещание", "Апрель", null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Дорожную карту школы составляет и исполняет сама школа; управление образования согласует её или возвращает на доработку")
                .expectNoEvents();
    }

    @Test
    void theDepartmentAdoptsItsPlanByItsOwnOrderWithoutAgreement() {
        fixture.given(municipalPlan(), fixedAction(null, "1.1", "Совещание"))
                .when(new SubmitRoadmapCommand(ID, null, MUNICIPALITY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Свою дорожную карту и шаблоны управление образования утверждает своим приказом, без согласования")
                .expectNoEvents();
        fixture.given(municipalPlan(), fixedAction(null, "1.1", "Совещание"))
                .when(new AdoptRoadmapCommand(ID, null, MUNICIPALITY, "428", TODAY, TODAY))
                .expectEvents(new RoadmapAdopted(ID, null, MUNICIPALITY, "428", TODAY));
        fixture.given(municipalPlan())
                .when(new AdoptRoadmapCommand(ID, null, MUNICIPALITY, "428", TODAY, TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theDepartmentExecutesItsAdoptedPlan() {
        LocalDate due = LocalDate.of(2026, 11, 30);
        fixture.given(municipalPlan(), fixedAction(null, "1.1", "Совещание"),
                        new RoadmapAdopted(ID, null, MUNICIPALITY, "428", TODAY))
                .when(new CompleteOccurrenceCommand(ID, MUNICIPALITY, "a-1.1", due, "Протокол", "3", TODAY, "", TODAY))
                .expectEvents(new OccurrenceCompleted(ID, null, MUNICIPALITY, "a-1.1", due, "Протокол", "3", TODAY, "",
                        true));
    }

    // --- templates ---

    @Test
    void aTemplateIsIssuedByTheDepartmentsOrderAndIsNeverExecuted() {
        RoadmapTemplateIssued issued = new RoadmapTemplateIssued(ID, MUNICIPALITY, "428", TODAY);
        fixture.given(template(), fixedAction(null, "1.1", "Положение о наставничестве"))
                .when(new AdoptRoadmapCommand(ID, null, MUNICIPALITY, " 428 ", TODAY, TODAY))
                .expectEvents(issued);
        fixture.given(template(), fixedAction(null, "1.1", "Положение о наставничестве"), issued)
                .when(new CompleteOccurrenceCommand(ID, MUNICIPALITY, "a-1.1", LocalDate.of(2026, 11, 30), "Приказ",
                        "1", TODAY, "", TODAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(template(), fixedAction(null, "1.1", "Положение о наставничестве"), issued)
                .when(add(MUNICIPALITY, "1.2", "Ещё", "Апрель", null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void onlyAnIssuedTemplateIsWithdrawn() {
        fixture.given(template(), fixedAction(null, "1.1", "Положение"),
                        new RoadmapTemplateIssued(ID, MUNICIPALITY, "428", TODAY))
                .when(new CloseRoadmapCommand(ID, null, MUNICIPALITY))
                .expectEvents(new RoadmapClosed(ID, null, MUNICIPALITY));
        fixture.given(template(), fixedAction(null, "1.1", "Положение"))
                .when(new CloseRoadmapCommand(ID, null, MUNICIPALITY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Отозвать можно только утверждённый шаблон")
                .expectNoEvents();
    }

    @Test
    void aSchoolStartsFromATemplateWithEveryActionAndItsAnchor() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.SCHOOL, SCHOOL, MUNICIPALITY, "Дорожная карта",
                        "2026/2027", null, "tpl-1", List.of(
                        new CreateRoadmapCommand.CarriedAction("a-1.1", "1. Подготовка", "1.1",
                                "Определение модели наставничества", "до 30.11.2026", "Куратор", "", null),
                        new CreateRoadmapCommand.CarriedAction("a-1.2", "1. Подготовка", "1.2",
                                "Утверждение дорожной карты", TWO_WEEKS, "Куратор", "", "a-1.1"))))
                .expectEvents(new RoadmapCreated(ID, SCHOOL, MUNICIPALITY, "Дорожная карта", "2026/2027", null,
                                RoadmapKind.SCHOOL, "tpl-1"),
                        added(SCHOOL, "1.1", "Определение модели наставничества", "до 30.11.2026", "FIXED",
                                List.of(LocalDate.of(2026, 11, 30)), 1),
                        added(SCHOOL, "1.2", "Утверждение дорожной карты", TWO_WEEKS, "RELATIVE", List.of(), 2),
                        new RoadmapActionAnchored(ID, SCHOOL, MUNICIPALITY, "a-1.2", "a-1.1", "1.1", 14, false));
    }

    // --- relative deadlines ---

    private static RoadmapActionAdded modelDefined() {
        return added(SCHOOL, "1.1", "Определение модели наставничества", "до 30.11.2026", "FIXED",
                List.of(LocalDate.of(2026, 11, 30)), 1);
    }

    @Test
    void aRelativeDeadlineCountsFromTheActionTheEditorChose() {
        fixture.given(schoolRoadmap(), modelDefined())
                .when(add(SCHOOL, "1.2", "Приказ о программе", TWO_WEEKS, "a-1.1"))
                .expectEvents(added(SCHOOL, "1.2", "Приказ о программе", TWO_WEEKS, "RELATIVE", List.of(), 2),
                        new RoadmapActionAnchored(ID, SCHOOL, MUNICIPALITY, "a-1.2", "a-1.1", "1.1", 14, false));
    }

    @Test
    void withoutAChoiceThePlatformLinksTheActionTheDeadlineNames() {
        fixture.given(schoolRoadmap(), modelDefined())
                .when(add(SCHOOL, "1.2", "Приказ о программе", TWO_WEEKS, null))
                .expectEvents(added(SCHOOL, "1.2", "Приказ о программе", TWO_WEEKS, "RELATIVE", List.of(), 2),
                        new RoadmapActionAnchored(ID, SCHOOL, MUNICIPALITY, "a-1.2", "a-1.1", "1.1", 14, true));
        String byNumber = "не позднее 10 дней после выполнения п. 1.1";
        fixture.given(schoolRoadmap(), modelDefined())
                .when(add(SCHOOL, "2.1", "Информирование", byNumber, null))
                .expectEvents(added(SCHOOL, "2.1", "Информирование", byNumber, "RELATIVE", List.of(), 2),
                        new RoadmapActionAnchored(ID, SCHOOL, MUNICIPALITY, "a-2.1", "a-1.1", "1.1", 10, true));
    }

    @Test
    void whenTheWordsFitNoActionOrTwoEquallyNothingIsGuessed() {
        String unknown = "в течение месяца после заключения соглашения";
        fixture.given(schoolRoadmap(), modelDefined())
                .when(add(SCHOOL, "1.2", "Приказ", unknown, null))
                .expectEvents(added(SCHOOL, "1.2", "Приказ", unknown, "RELATIVE", List.of(), 2));
        RoadmapActionAdded secondModel = new RoadmapActionAdded(ID, SCHOOL, MUNICIPALITY, "a-1.3", "1. Подготовка",
                "1.3", "Определение модели для педагогов", "до 30.11.2026", "FIXED", List.of(LocalDate.of(2026, 11, 30)),
                List.of(), "Куратор", "", 2);
        fixture.given(schoolRoadmap(), modelDefined(), secondModel)
                .when(add(SCHOOL, "1.2", "Приказ", TWO_WEEKS, null))
                .expectEvents(added(SCHOOL, "1.2", "Приказ", TWO_WEEKS, "RELATIVE", List.of(), 3));
    }

    @Test
    void anAnchorMustBeAnotherActionOfTheRoadmapForARelativeDeadline() {
        fixture.given(schoolRoadmap(), modelDefined())
                .when(add(SCHOOL, "1.2", "Приказ", TWO_WEEKS, "a-9.9"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(schoolRoadmap(), modelDefined())
                .when(add(SCHOOL, "1.2", "Приказ", "до 15.12.2026", "a-1.1"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Отсчёт от другого мероприятия возможен только для срока вида «в течение двух недель с даты …»")
                .expectNoEvents();
    }

    private Object[] adoptedWithAnchor() {
        return new Object[] {schoolRoadmap(), modelDefined(),
                added(SCHOOL, "1.2", "Приказ о программе", TWO_WEEKS, "RELATIVE", List.of(), 2),
                new RoadmapActionAnchored(ID, SCHOOL, MUNICIPALITY, "a-1.2", "a-1.1", "1.1", 14, true),
                new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 2), new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""),
                new RoadmapAdopted(ID, SCHOOL, MUNICIPALITY, "1", TODAY)};
    }

    @Test
    void doingTheAnchorGivesTheDependentActionItsDate() {
        LocalDate due = LocalDate.of(2026, 11, 30);
        LocalDate done = LocalDate.of(2026, 10, 15);
        OccurrenceCompleted completed = new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.1", due, "Приказ", "7",
                done, "", true);
        OccurrenceScheduled scheduled = new OccurrenceScheduled(ID, SCHOOL, MUNICIPALITY, "a-1.2",
                LocalDate.of(2026, 10, 29), "a-1.1");
        fixture.given(adoptedWithAnchor())
                .when(new CompleteOccurrenceCommand(ID, SCHOOL, "a-1.1", due, "Приказ", "7", done, "", TODAY))
                .expectEvents(completed, scheduled);
        // the scheduled date is then executed like any other
        fixture.given(adoptedWithAnchor()).andGiven(completed, scheduled)
                .when(new CompleteOccurrenceCommand(ID, SCHOOL, "a-1.2", LocalDate.of(2026, 10, 29), "Приказ", "8",
                        TODAY, "", TODAY))
                .expectEvents(new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.2", LocalDate.of(2026, 10, 29),
                        "Приказ", "8", TODAY, "", true));
    }

    @Test
    void aDeadlineChangedToAFixedDateNoLongerCountsFromItsAnchor() {
        RoadmapActionChanged fixedNow = new RoadmapActionChanged(ID, SCHOOL, MUNICIPALITY, "a-1.2", "1. Подготовка",
                "1.2", "Приказ о программе", "до 15.12.2026", "FIXED", List.of(LocalDate.of(2026, 12, 15)), List.of(),
                "Куратор", "");
        fixture.given(schoolRoadmap(), modelDefined(),
                        added(SCHOOL, "1.2", "Приказ о программе", TWO_WEEKS, "RELATIVE", List.of(), 2),
                        new RoadmapActionAnchored(ID, SCHOOL, MUNICIPALITY, "a-1.2", "a-1.1", "1.1", 14, true))
                .when(new ChangeRoadmapActionCommand(ID, null, SCHOOL, "a-1.2", "1. Подготовка", "1.2",
                        "Приказ о программе", "до 15.12.2026", "Куратор", "", null))
                .expectEvents(fixedNow);
        LocalDate due = LocalDate.of(2026, 11, 30);
        fixture.given(schoolRoadmap(), modelDefined(),
                        added(SCHOOL, "1.2", "Приказ о программе", TWO_WEEKS, "RELATIVE", List.of(), 2),
                        new RoadmapActionAnchored(ID, SCHOOL, MUNICIPALITY, "a-1.2", "a-1.1", "1.1", 14, true),
                        fixedNow, new RoadmapSubmitted(ID, SCHOOL, MUNICIPALITY, 2),
                        new RoadmapAgreed(ID, SCHOOL, MUNICIPALITY, ""), new RoadmapAdopted(ID, SCHOOL, MUNICIPALITY, "1", TODAY))
                .when(new CompleteOccurrenceCommand(ID, SCHOOL, "a-1.1", due, "Приказ", "7", TODAY, "", TODAY))
                .expectEvents(new OccurrenceCompleted(ID, SCHOOL, MUNICIPALITY, "a-1.1", due, "Приказ", "7", TODAY, "",
                        true));
    }

    @Test
    void anImportedDocumentsNumbersAreCheckedBeforeAnythingIsStored() {
        CreateRoadmapCommand.CarriedAction first = new CreateRoadmapCommand.CarriedAction("a-1", "1. Подготовка", "1.1",
                "Приказ", "до 30.11.2026", "Директор", "", null);
        CreateRoadmapCommand.CarriedAction again = new CreateRoadmapCommand.CarriedAction("a-2", "1. Подготовка", "1.1",
                "Положение", "до 30.11.2026", "Директор", "", null);
        CreateRoadmapCommand.CarriedAction bad = new CreateRoadmapCommand.CarriedAction("a-3", "1. Подготовка", "первый",
                "Положение", "до 30.11.2026", "Директор", "", null);
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.SCHOOL, SCHOOL, MUNICIPALITY, "Карта", "2026/2027", null,
                        null, List.of(first, again)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Номер мероприятия 1.1 повторяется: у каждого мероприятия свой номер")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CreateRoadmapCommand(ID, RoadmapKind.SCHOOL, SCHOOL, MUNICIPALITY, "Карта", "2026/2027", null,
                        null, List.of(bad)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
