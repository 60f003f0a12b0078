package ru.nastavnik.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The period's picture: months for a year, quarters for a plan of several years, every due date in its column. */
class TimelineTest {

    private static ActionRow action(String number, LocalDate... due) {
        return new ActionRow("a-" + number, "1. Раздел", number, "Мероприятие " + number, "срок", "FIXED",
                List.of(due), List.of(), "Куратор", "", List.of(), null);
    }

    @Test
    void aSchoolYearIsTwelveMonthsFromSeptember() {
        Timeline timeline = Timeline.of(PeriodView.of("2026/2027"),
                List.of(action("1.1", LocalDate.of(2026, 9, 15), LocalDate.of(2027, 5, 25))));

        assertThat(timeline.quarters()).isFalse();
        assertThat(timeline.columns()).hasSize(12).startsWith("сен").endsWith("авг");
        assertThat(timeline.rows().getFirst().marks()).containsExactly(15, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0);
    }

    @Test
    void aPlanOfSeveralYearsIsDrawnByQuartersToItsLastYear() {
        Timeline timeline = Timeline.of(PeriodView.of("2021-2024"), List.of(action("2.1",
                LocalDate.of(2022, 5, 15), LocalDate.of(2022, 6, 30), LocalDate.of(2024, 12, 20),
                LocalDate.of(2025, 1, 10))));

        assertThat(timeline.quarters()).isTrue();
        assertThat(timeline.columns()).hasSize(16).startsWith("I кв. 2021").endsWith("IV кв. 2024");
        List<Integer> marks = timeline.rows().getFirst().marks();
        assertThat(marks.get(5)).as("II кв. 2022: two due dates").isEqualTo(2);
        assertThat(marks.get(15)).as("IV кв. 2024").isEqualTo(1);
        assertThat(marks.stream().mapToInt(Integer::intValue).sum()).as("2025 is outside the plan").isEqualTo(3);
    }

    @Test
    void quartersAreTheCalendarsEvenWhenThePlanStartsInSeptember() {
        Timeline timeline = Timeline.of(PeriodView.of("2024/2026"), List.of(action("1.1", LocalDate.of(2024, 10, 20))));

        assertThat(timeline.columns()).startsWith("III кв. 2024", "IV кв. 2024").endsWith("III кв. 2026");
        assertThat(timeline.rows().getFirst().marks().get(1)).as("20 October is in the fourth quarter").isEqualTo(1);
    }
}
