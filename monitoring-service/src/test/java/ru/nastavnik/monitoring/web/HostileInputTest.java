package ru.nastavnik.monitoring.web;

import java.util.Set;

import ru.nastavnik.testing.HostileInputContractTest;
import ru.nastavnik.testing.TestTokens;

/** The hostile-input probe on every JSON write endpoint of monitoring-service (the definitions' PUT). */
class HostileInputTest extends HostileInputContractTest {

    @Override
    protected String token() {
        return TestTokens.analyst("reg-hostile");
    }

    @Override
    protected int expectedOperationsAtLeast() {
        return 1;
    }

    /** Other tests' events may still be arriving on the topics while the probe runs. */
    @Override
    protected Set<String> tablesFedByKafka() {
        return Set.of("processed_event", "school_fact", "headcount_fact", "roadmap_fact", "pair_fact",
                "occurrence_fact", "school_membership_fact", "headcount_report_fact", "participant_fact",
                "pair_term_fact", "pair_member_fact", "pair_stall_fact", "meeting_fact", "partner_agreement_fact",
                "satisfaction_answer_fact", "due_date_fact");
    }
}
