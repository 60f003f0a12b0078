package ru.nastavnik.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/** Municipalities by name: the region's administrator names them; each role reads those of its own level. */
class MunicipalityApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    private Api api() {
        return Api.onPort(port);
    }

    @Test
    void theAdministratorNamesAMunicipalityAndEachRoleReadsItsOwn() {
        String admin = TestTokens.admin();
        Api.Response named = api().put("/api/registry/municipalities/mun-names-1", admin,
                Map.of("name", "Сеченовский муниципальный округ"));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        api().put("/api/registry/municipalities/mun-names-2", admin, Map.of("name", "Городской округ Бор"));
        assertThat(api().put("/api/registry/municipalities/mun-names-1", admin,
                Map.of("name", "Сеченовский муниципальный округ Нижегородской области")).status()).isEqualTo(200);

        assertThat(api().get("/api/registry/municipalities", TestTokens.analyst("reg-1")).json()
                .findValuesAsText("name")).contains("Городской округ Бор",
                "Сеченовский муниципальный округ Нижегородской области");
        assertThat(api().get("/api/registry/municipalities", TestTokens.officer("mun-names-2")).json()
                .findValuesAsText("name")).containsExactly("Городской округ Бор");
        assertThat(api().get("/api/registry/municipalities", TestTokens.analyst("reg-other")).json()
                .findValuesAsText("id")).doesNotContain("mun-names-1");
        // another region's administrator cannot take the code over
        String foreignAdmin = TestTokens.token("admin-2", java.util.List.of("platform-admin"), null, null, "reg-other");
        assertThat(api().put("/api/registry/municipalities/mun-names-1", foreignAdmin, Map.of("name", "Чужой"))
                .status()).isEqualTo(404);
    }

    @Test
    void onlyTheAdministratorNamesAndBadNamesAreProblems() {
        assertThat(api().put("/api/registry/municipalities/mun-x", TestTokens.officer("mun-x"),
                Map.of("name", "Свой")).status()).isEqualTo(403);
        assertThat(api().put("/api/registry/municipalities/mun-x", null, Map.of("name", "Свой")).status())
                .isEqualTo(401);
        assertThat(api().get("/api/registry/municipalities", TestTokens.curator("school-x", "mun-x")).status())
                .isEqualTo(403);
        Api.Response blank = api().put("/api/registry/municipalities/mun-x", TestTokens.admin(), Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        Api.Response badCode = api().put("/api/registry/municipalities/mun%20x", TestTokens.admin(),
                Map.of("name", "Имя"));
        assertThat(badCode.status()).isBetween(400, 404);
        assertThat(api().get("/api/registry/municipalities", TestTokens.analyst("reg-1")).json()
                .findValuesAsText("id")).doesNotContain("mun-x");
    }
}
