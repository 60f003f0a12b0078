package ru.nastavnik.pairing.web;

import ru.nastavnik.testing.HostileInputContractTest;
import ru.nastavnik.testing.TestTokens;

/** The hostile-input probe on every JSON write endpoint of pairing-service (generated from its OpenAPI document). */
class HostileInputTest extends HostileInputContractTest {

    @Override
    protected String token() {
        return TestTokens.curator("school-hostile", "mun-hostile");
    }

    @Override
    protected int expectedOperationsAtLeast() {
        return 17;
    }

    /** Fed by the registry's events, which other tests publish and the consumer may still be reading. */
    @Override
    protected java.util.Set<String> tablesFedByKafka() {
        return java.util.Set.of("candidate");
    }

    /** The stall sweep records stalls of other tests' pairs by itself, every second. */
    @Override
    protected String countOf(String table) {
        return table.equals("domain_event_entry")
                ? "SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%StallRecorded'"
                : super.countOf(table);
    }
}
