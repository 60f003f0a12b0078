package ru.nastavnik.pairing.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The pairs an order fixes work until the end of May of the school year the order is for. */
class OrderPeriodTest {

    @Test
    void anOrderOfTheSummerIsForTheComingYearAndOneOfTheSpringForTheCurrentOne() {
        assertThat(OrderService.workYearStart(LocalDate.of(2026, 9, 10))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(OrderService.workYearStart(LocalDate.of(2027, 1, 15))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(OrderService.workYearStart(LocalDate.of(2027, 5, 31))).isEqualTo(LocalDate.of(2026, 9, 1));
        // formed in late summer: the work runs September 2027 to May 2028, not to a May already past
        assertThat(OrderService.workYearStart(LocalDate.of(2027, 6, 1))).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(OrderService.workYearStart(LocalDate.of(2027, 8, 28))).isEqualTo(LocalDate.of(2027, 9, 1));
    }
}
