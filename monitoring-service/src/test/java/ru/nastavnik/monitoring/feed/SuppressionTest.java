package ru.nastavnik.monitoring.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import ru.nastavnik.contracts.monitoring.FeedFigure;
import ru.nastavnik.monitoring.snapshots.SnapshotFigure;

class SuppressionTest {

    static SnapshotFigure share(long numerator, long denominator, boolean numeratorPeople, boolean denominatorPeople) {
        return new SnapshotFigure("X", 1, "Доля", "%", 100, numerator, denominator, denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100.0 / denominator).setScale(2, java.math.RoundingMode.HALF_UP),
                null, numeratorPeople, denominatorPeople, null);
    }

    @Test
    void oneToFourPeopleHideTheWholeFractionZeroAndFiveDoNot() {
        for (long people = 0; people <= 6; people++) {
            FeedFigure numerator = Suppression.figure(share(people, 40, true, true), null);
            FeedFigure denominator = Suppression.figure(share(0, people, true, true), null);
            boolean hidden = people >= 1 && people <= 4;
            assertThat(numerator.suppressed()).as("numerator of %d people", people).isEqualTo(hidden);
            assertThat(denominator.suppressed()).as("denominator of %d people", people).isEqualTo(hidden);
            if (hidden) {
                assertThat(numerator.numerator()).isNull();
                assertThat(numerator.denominator()).as("the denominator would give the count back").isNull();
                assertThat(numerator.value()).as("a share derived from a hidden count").isNull();
            } else {
                assertThat(numerator.numerator()).isEqualTo(people);
                assertThat(numerator.value()).isNotNull();
            }
        }
    }

    @Test
    void countsOfThingsThatAreNotPeopleArePublishedHoweverSmall() {
        FeedFigure pairs = Suppression.figure(share(2, 3, false, false), null);
        assertThat(pairs.suppressed()).isFalse();
        assertThat(pairs.numerator()).isEqualTo(2);
    }

    @Test
    void aRestatementIsHiddenWhenEitherVersionCountsFewPeople() {
        FeedFigure grown = Suppression.figure(share(6, 60, true, true), share(3, 60, true, true));
        assertThat(grown.suppressed()).as("the difference would reveal the 3 of before").isTrue();
        assertThat(grown.previousValue()).isNull();
        assertThat(grown.difference()).isNull();
        FeedFigure both = Suppression.figure(share(12, 60, true, true), share(10, 60, true, true));
        assertThat(both.suppressed()).isFalse();
        assertThat(both.previousValue()).isEqualByComparingTo("16.67");
        assertThat(both.difference()).isEqualByComparingTo("3.33");
    }

    @Test
    void aSatisfactionThatFewerThanFiveCouldHaveGivenIsHidden() {
        // one pupil's 4 of 5, and four answers on the 1–10 scale: either could be fewer than five people
        for (long[] parts : new long[][] {{4, 5}, {36, 40}, {20, 45}}) {
            SnapshotFigure satisfaction = new SnapshotFigure("MENTEE_SATISFACTION", 1, "Удовлетворённость", "%", 100,
                    parts[0], parts[1], null, null, false, false, null, true);
            FeedFigure published = Suppression.figure(satisfaction, null);
            assertThat(published.suppressed()).as(parts[0] + " of " + parts[1]).isTrue();
            assertThat(published.numerator()).isNull();
            assertThat(published.denominator()).isNull();
        }
        // ten answers on 1–5 (or five on 1–10): at least five people
        FeedFigure enough = Suppression.figure(new SnapshotFigure("MENTEE_SATISFACTION", 1, "Удовлетворённость", "%",
                100, 42, 50L, null, null, false, false, null, true), null);
        assertThat(enough.suppressed()).isFalse();
        assertThat(enough.numerator()).isEqualTo(42);
    }
}
