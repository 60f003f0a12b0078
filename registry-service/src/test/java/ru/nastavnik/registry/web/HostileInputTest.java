package ru.nastavnik.registry.web;

import ru.nastavnik.testing.HostileInputContractTest;
import ru.nastavnik.testing.TestTokens;

/** The hostile-input probe on every JSON write endpoint of registry-service (generated from its OpenAPI document). */
class HostileInputTest extends HostileInputContractTest {

    @Override
    protected String token() {
        return TestTokens.curator("school-hostile", "mun-hostile");
    }

    @Override
    protected int expectedOperationsAtLeast() {
        return 13;
    }
}
