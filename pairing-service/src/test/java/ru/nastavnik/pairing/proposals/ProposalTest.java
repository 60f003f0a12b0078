package ru.nastavnik.pairing.proposals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.pairing.proposals.ProposalCommands.AdjustProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalCommands.ConfirmProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalCommands.ConfirmedPair;
import ru.nastavnik.pairing.proposals.ProposalCommands.DraftProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalAdjusted;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalConfirmed;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalDrafted;
import ru.nastavnik.platform.domain.BrokenRule;

/** Given-when-then: a proposal's rules — what can be adjusted, when it can be confirmed. */
class ProposalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 20);
    private FixtureConfiguration<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Proposal.class);
    }

    static Solution solution(String... menteeMentor) {
        List<Solution.SolvedPair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < menteeMentor.length; i += 2) {
            pairs.add(new Solution.SolvedPair(menteeMentor[i], menteeMentor[i + 1], "PUPIL_PUPIL", "ученик – ученик",
                    false, 10, List.of(new Solution.Part("REQUESTS_MET", "Запросы", 10, "")),
                    new Solution.Alternative("NO_OTHER_MENTOR", null, null, null, "нет", List.of())));
        }
        return new Solution(pairs, List.of(), new Solution.Objective("MOST_MATCHED_THEN_SCORE", pairs.size(),
                10L * pairs.size(), 0, 0, 0));
    }

    static ProposalDrafted drafted() {
        return new ProposalDrafted("pr-1", "school-1", "mun-1", null, Set.of("a", "b"), false, List.of(),
                solution("a", "m1", "b", "m2"));
    }

    private static AdjustProposalCommand adjust(Adjustment adjustment) {
        return new AdjustProposalCommand("pr-1", "school-1", List.of(adjustment), solution("a", "m2", "b", "m1"), null);
    }

    @Test
    void aProposalNeedsSomeoneToMatch() {
        fixture.givenNoPriorActivity()
                .when(new DraftProposalCommand("pr-1", "school-1", "mun-1", null, Set.of("a", "b"), false, List.of(),
                        solution("a", "m1", "b", "m2")))
                .expectEvents(drafted());
        fixture.givenNoPriorActivity()
                .when(new DraftProposalCommand("pr-1", "school-1", "mun-1", null, Set.of(), false, List.of(), null))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Некого подбирать: все наставляемые уже в парах или базы пусты");
    }

    @Test
    void adjustmentsMustMakeSenseAgainstWhatTheProposalHolds() {
        Adjustment pin = new Adjustment(Adjustment.Kind.PIN, "a", "m2");
        fixture.given(drafted())
                .when(adjust(pin))
                .expectEvents(new ProposalAdjusted("pr-1", List.of(pin), solution("a", "m2", "b", "m1"),
                        drafted().solution().objective()));
        fixture.given(drafted())
                .when(adjust(new Adjustment(Adjustment.Kind.PIN, "zz", "m2")))
                .expectException(BrokenRule.class).expectExceptionMessage("Этого наставляемого нет в подборе");
        fixture.given(drafted())
                .when(adjust(new Adjustment(Adjustment.Kind.UNPIN, "a", null)))
                .expectException(BrokenRule.class).expectExceptionMessage("Эта пара не закреплена");
        fixture.given(drafted(), new ProposalAdjusted("pr-1", List.of(new Adjustment(Adjustment.Kind.BAN, "a", "m2")),
                        solution("a", "m1"), drafted().solution().objective()))
                .when(adjust(pin))
                .expectException(BrokenRule.class).expectExceptionMessage("Эту пару куратор запретил: сначала снимите запрет");
        // a lifted ban lets the pair be pinned again; a ban that is not there cannot be lifted
        Adjustment unban = new Adjustment(Adjustment.Kind.UNBAN, "a", "m2");
        fixture.given(drafted(), new ProposalAdjusted("pr-1", List.of(new Adjustment(Adjustment.Kind.BAN, "a", "m2")),
                        solution("a", "m1"), drafted().solution().objective()),
                        new ProposalAdjusted("pr-1", List.of(unban), solution("a", "m1"), drafted().solution().objective()))
                .when(adjust(pin))
                .expectSuccessfulHandlerExecution();
        fixture.given(drafted())
                .when(adjust(unban))
                .expectException(BrokenRule.class).expectExceptionMessage("Эта пара не запрещена");
        fixture.given(drafted(), new ProposalAdjusted("pr-1", List.of(pin), solution("a", "m2"), drafted().solution().objective()))
                .when(adjust(new Adjustment(Adjustment.Kind.BAN, "a", "m2")))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Пара закреплена куратором: сначала снимите закрепление");
        fixture.given(drafted(), new ProposalAdjusted("pr-1", List.of(new Adjustment(Adjustment.Kind.HOLD_OUT, "a", null)),
                        solution("b", "m2"), drafted().solution().objective()))
                .when(adjust(pin))
                .expectException(BrokenRule.class).expectExceptionMessage("Наставляемый исключён из подбора: сначала верните его");
        fixture.given(drafted())
                .when(adjust(new Adjustment(Adjustment.Kind.RETURN, "a", null)))
                .expectException(BrokenRule.class).expectExceptionMessage("Наставляемый не исключён из подбора");
        fixture.given(drafted())
                .when(new AdjustProposalCommand("pr-1", "school-2", List.of(pin), solution(), null))
                .expectException(BrokenRule.class).expectExceptionMessage("Подбор не найден");
    }

    @Test
    void aProposalIsConfirmedOnceAndOnlyAsItStands() {
        List<ConfirmedPair> pairs = List.of(new ConfirmedPair("p-1", "PUPIL_PUPIL", false, "m1", List.of("a")),
                new ConfirmedPair("p-2", "PUPIL_PUPIL", false, "m2", List.of("b")));
        fixture.given(drafted())
                .when(new ConfirmProposalCommand("pr-1", "school-1", pairs, TODAY, null))
                .expectEvents(new ProposalConfirmed("pr-1", "school-1", pairs, TODAY));
        fixture.given(drafted())
                .when(new ConfirmProposalCommand("pr-1", "school-1", List.of(pairs.getFirst()), TODAY, null))
                .expectException(BrokenRule.class)
                .expectExceptionMessage("Подбор изменился, пока вы его смотрели: обновите страницу");
        fixture.given(drafted(), new ProposalConfirmed("pr-1", "school-1", pairs, TODAY))
                .when(new ConfirmProposalCommand("pr-1", "school-1", pairs, TODAY, null))
                .expectException(BrokenRule.class).expectExceptionMessage("Подбор уже утверждён: пары сформированы");
        fixture.given(new ProposalDrafted("pr-1", "school-1", "mun-1", null, Set.of("a"), false, List.of(), solution()))
                .when(new ConfirmProposalCommand("pr-1", "school-1", pairs, TODAY, null))
                .expectException(BrokenRule.class).expectExceptionMessage("В подборе нет ни одной пары");
    }
}
