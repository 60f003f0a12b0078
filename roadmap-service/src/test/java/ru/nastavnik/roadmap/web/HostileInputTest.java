package ru.nastavnik.roadmap.web;

import ru.nastavnik.testing.HostileInputContractTest;
import ru.nastavnik.testing.TestTokens;

/** The hostile-input probe on every JSON write endpoint of roadmap-service (generated from its OpenAPI document). */
class HostileInputTest extends HostileInputContractTest {

    @Override
    protected String token() {
        return TestTokens.curator("school-hostile", "mun-hostile");
    }

    @Override
    protected int expectedOperationsAtLeast() {
        return 9;
    }

    @Override
    protected java.util.Set<String> tablesFedByKafka() {
        // the registry's SchoolRegistered events, sent by other tests of this service
        return java.util.Set.of("school_directory");
    }
}
