package ru.nastavnik.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where Keycloak and the domain services are; the routes in application.yml use the same values. */
@ConfigurationProperties("nastavnik")
public record NastavnikProperties(Oidc oidc, Services services) {

    public record Oidc(String issuer, String jwkSetUri, String audience, String clientId) {
    }

    public record Services(String roadmap, String registry, String pairing, String monitoring) {
    }
}
