package ru.nastavnik.pairing.orders;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.domain.BrokenRule;

class OrderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 20);
    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    @Test
    void anOrderHasANumberADateThatHasComeAndItsPairs() {
        fixture.givenNoPriorActivity()
                .when(new Order.IssueOrderCommand("o-1", "school-1", "mun-1", " 45-о ", TODAY, List.of("p-1", "p-2"), TODAY))
                .expectEvents(new Order.OrderIssued("o-1", "school-1", "mun-1", "45-о", TODAY, List.of("p-1", "p-2")));
        fixture.givenNoPriorActivity()
                .when(new Order.IssueOrderCommand("o-1", "school-1", "mun-1", " ", TODAY, List.of("p-1"), TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Укажите номер приказа (не длиннее 50 символов)");
        fixture.givenNoPriorActivity()
                .when(new Order.IssueOrderCommand("o-1", "school-1", "mun-1", "45", TODAY.plusDays(1), List.of("p-1"), TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Дата приказа не может быть позже сегодняшнего дня");
        fixture.givenNoPriorActivity()
                .when(new Order.IssueOrderCommand("o-1", "school-1", "mun-1", "45", TODAY, List.of(), TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Выберите пары и группы, которые закрепляет приказ");
        fixture.givenNoPriorActivity()
                .when(new Order.IssueOrderCommand("o-1", "school-1", "mun-1", "45", TODAY, List.of("p-1", "p-1"), TODAY))
                .expectException(BrokenRule.class).expectExceptionMessage("Пара указана в приказе дважды");
    }
}
