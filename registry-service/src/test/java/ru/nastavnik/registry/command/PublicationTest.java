package ru.nastavnik.registry.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

class PublicationTest {

    private static final String ID = "pub-1";
    private static final String SUMMARY = "Старшеклассники помогают пятиклассникам освоиться: пары, встречи раз в неделю.";

    private FixtureConfiguration<Publication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Publication.class);
    }

    private static Published practice() {
        return new Published(ID, PublicationKind.PRACTICE, "school-1", "mun-1", "Адаптация пятиклассников",
                "ученик – ученик", SUMMARY, "Тревожность снизилась", "https://school1.example/practice", "");
    }

    @Test
    void aSchoolPublishesAPracticeWithASummaryAndARealLink() {
        fixture.givenNoPriorActivity()
                .when(new PublishCommand(ID, PublicationKind.PRACTICE, "school-1", "mun-1", " Адаптация пятиклассников ",
                        "ученик – ученик", SUMMARY, " Тревожность снизилась ", "https://school1.example/practice", null))
                .expectEvents(practice());
        fixture.givenNoPriorActivity()
                .when(new PublishCommand(ID, PublicationKind.PRACTICE, "school-1", "mun-1", "Коротко", "ученик – ученик",
                        "Было хорошо.", "", "", ""))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Опишите суть хотя бы в двух-трёх предложениях: коллегам нужно понять, что было сделано")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new PublishCommand(ID, PublicationKind.PRACTICE, "school-1", "mun-1", "Практика", "ученик – ученик",
                        SUMMARY, "", "school1.example", ""))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Ссылка должна начинаться с http:// или https://")
                .expectNoEvents();
    }

    @Test
    void aProgrammeNamesItsSchoolYear() {
        fixture.givenNoPriorActivity()
                .when(new PublishCommand(ID, PublicationKind.PROGRAMME, null, "mun-1", "Программа «Учитель – учитель»",
                        "учитель – учитель", SUMMARY, "", "", "2026"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Укажите учебный год программы, например 2026/2027")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new PublishCommand(ID, PublicationKind.PROGRAMME, null, "mun-1", "Программа", "учитель – учитель",
                        SUMMARY, "", "", "2026/2027"))
                .expectEvents(new Published(ID, PublicationKind.PROGRAMME, null, "mun-1", "Программа",
                        "учитель – учитель", SUMMARY, "", "", "2026/2027"));
    }

    @Test
    void onlyThePublisherRevisesOrWithdrawsAndAWithdrawnOneStaysWithdrawn() {
        fixture.given(practice())
                .when(new RevisePublicationCommand(ID, null, "school-1", "Адаптация 5-х классов", "ученик – ученик",
                        SUMMARY, "", "", ""))
                .expectEvents(new PublicationRevised(ID, "Адаптация 5-х классов", "ученик – ученик", SUMMARY, "", "", ""));
        fixture.given(practice())
                .when(new RevisePublicationCommand(ID, null, "school-2", "Чужая", "ученик – ученик", SUMMARY, "", "", ""))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(practice())
                .when(new WithdrawPublicationCommand(ID, "mun-1"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(practice())
                .when(new WithdrawPublicationCommand(ID, "school-1"))
                .expectEvents(new PublicationWithdrawn(ID));
        fixture.given(practice(), new PublicationWithdrawn(ID))
                .when(new RevisePublicationCommand(ID, null, "school-1", "Опять", "ученик – ученик", SUMMARY, "", "", ""))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
