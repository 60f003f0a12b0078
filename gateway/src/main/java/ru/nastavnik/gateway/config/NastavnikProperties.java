package ru.nastavnik.gateway.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Where Keycloak and the domain services are; the routes in application.yml use the same values. */
@ConfigurationProperties("nastavnik")
public record NastavnikProperties(Oidc oidc, Services services, List<BodyLimit> bodyLimits) {

    public NastavnikProperties {
        bodyLimits = bodyLimits == null ? List.of() : List.copyOf(bodyLimits);
    }

    public record Oidc(String issuer, String jwkSetUri, String audience, String clientId) {
    }

    public record Services(String roadmap, String registry, String pairing, String monitoring) {
    }

    /** The largest request body the service behind {@code path} accepts; the gateway refuses larger ones itself. */
    public record BodyLimit(String path, DataSize max) {
    }
}
