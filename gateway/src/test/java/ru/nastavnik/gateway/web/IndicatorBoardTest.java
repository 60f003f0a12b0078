package ru.nastavnik.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.nastavnik.gateway.web.MonitoringViews.IndicatorFigure;

/** The dashboard's geometry and wording: bars against targets, trends over quarters, Russian numbers. */
class IndicatorBoardTest {

    private static IndicatorFigure share(String code, String value, String target) {
        return new IndicatorFigure(code, "Доля", 1, 30, 100L, value == null ? null : new BigDecimal(value), "%",
                target == null ? null : new BigDecimal(target), "формула", List.of());
    }

    @Test
    void aTrendTakesTheThreeQuarterEndsBeforeTheDayAndTheDay() {
        assertThat(IndicatorBoard.trendDays(LocalDate.of(2026, 12, 2))).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 2));
        assertThat(IndicatorBoard.trendDays(LocalDate.of(2027, 1, 1))).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
        assertThat(IndicatorBoard.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo("IV кв. 2026");
        assertThat(IndicatorBoard.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo("I кв. 2026");
        assertThat(IndicatorBoard.quarterOf(LocalDate.of(2026, 12, 2))).isEqualTo("02.12.2026");
    }

    @Test
    void numbersAreWrittenTheRussianWay() {
        assertThat(IndicatorBoard.number(new BigDecimal("34.50"))).isEqualTo("34,5");
        assertThat(IndicatorBoard.number(new BigDecimal("70.00"))).isEqualTo("70");
        assertThat(IndicatorBoard.number(new BigDecimal("1250"))).isEqualTo("1 250");
        assertThat(IndicatorBoard.number(new BigDecimal("66.666"))).isEqualTo("66,7");
    }

    @Test
    void aShareIsABarOnAHundredWithItsTargetMarkedAndItsStateAgainstIt() {
        IndicatorBoard board = IndicatorBoard.of(List.of(share("A", "35", "70"), share("B", "80", "70"),
                share("C", null, null)), Map.of(), null, id -> id);

        IndicatorBoard.Card behind = board.cards().get(0);
        assertThat(behind.fill()).isEqualTo(35);
        assertThat(behind.targetAt()).isEqualTo(70);
        assertThat(behind.state()).isEqualTo("behind");
        assertThat(behind.value()).isEqualTo("35 %");
        assertThat(behind.target()).isEqualTo("цель 70 %");
        assertThat(behind.parts()).isEqualTo("30 из 100");
        assertThat(board.cards().get(1).state()).isEqualTo("met");
        IndicatorBoard.Card empty = board.cards().get(2);
        assertThat(empty.value()).isEqualTo("—");
        assertThat(empty.state()).isEqualTo("none");
        assertThat(empty.targetAt()).isNull();
    }

    @Test
    void aTrendRisesWhereTheValueRisesAndSaysEachQuarter() {
        Map<LocalDate, List<IndicatorFigure>> history = new LinkedHashMap<>();
        history.put(LocalDate.of(2026, 3, 31), List.of(share("A", "10", "70")));
        history.put(LocalDate.of(2026, 6, 30), List.of(share("A", "50", "70")));
        history.put(LocalDate.of(2026, 9, 30), List.of(share("A", "90", "70")));

        IndicatorBoard.Trend trend = IndicatorBoard.of(List.of(share("A", "90", "70")), history, null, id -> id)
                .cards().getFirst().trend();

        assertThat(trend.dots()).hasSize(3);
        // SVG y grows downwards: a higher value is drawn higher
        assertThat(trend.dots().get(0).y()).isGreaterThan(trend.dots().get(1).y());
        assertThat(trend.dots().get(1).y()).isGreaterThan(trend.dots().get(2).y());
        assertThat(trend.dots().get(0).x()).isLessThan(trend.dots().get(2).x());
        assertThat(trend.dots().get(1).label()).isEqualTo("II кв. 2026: 50 %");
        assertThat(trend.points().split(" ")).hasSize(3);
    }
}
