package ru.nastavnik.pairing.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.RuleViolationException;

class PairTest {

    private FixtureConfiguration<Pair> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pair.class);
    }

    @Test
    void proposesAPairOfTwoParticipants() {
        fixture.givenNoPriorActivity()
                .when(new ProposePairCommand("p-1", "school-1", "mun-1", "m-7", "e-12", MentoringForm.STUDENT_STUDENT))
                .expectEvents(new PairProposed("p-1", "school-1", "mun-1", "m-7", "e-12", MentoringForm.STUDENT_STUDENT));
    }

    @Test
    void aPersonCannotMentorThemselves() {
        fixture.givenNoPriorActivity()
                .when(new ProposePairCommand("p-1", "school-1", "mun-1", "m-7", "m-7", MentoringForm.TEACHER_TEACHER))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Наставник и наставляемый должны быть разными людьми")
                .expectNoEvents();
    }

    @Test
    void namesAreNotAcceptedWherePseudonymousIdsBelong() {
        fixture.givenNoPriorActivity()
                .when(new ProposePairCommand("p-1", "school-1", "mun-1", "Иванова Анна", "e-12",
                        MentoringForm.STUDENT_STUDENT))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
