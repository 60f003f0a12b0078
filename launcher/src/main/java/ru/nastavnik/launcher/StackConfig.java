package ru.nastavnik.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Where everything lives and listens. {@link #local} is what {@code ./nastavnik up} uses; tests take
 * {@link #forTests} with other ports and a throw-away data folder, so both can run side by side.
 *
 * @param home    the repository root (service jars, the realm file)
 * @param dataDir persistent state: PostgreSQL, Kafka and Keycloak data, logs
 */
public record StackConfig(Path home, Path dataDir, int gatewayPort, int keycloakPort, int postgresPort,
                          int kafkaPort, int kafkaControllerPort, int roadmapPort, int registryPort,
                          int pairingPort, int monitoringPort, boolean loadDemoData) {

    public static final String KEYCLOAK_VERSION = "26.7.3";
    public static final List<String> DATABASES = List.of("roadmap", "registry", "pairing", "monitoring");

    public static StackConfig local(Path home) {
        return new StackConfig(home, home.resolve(".nastavnik"), 8080, 8180, 5433, 9092, 9093, 8081, 8082, 8083,
                8084, true);
    }

    public static StackConfig forTests(Path home, Path dataDir) {
        return new StackConfig(home, dataDir, 18080, 18180, 15433, 19092, 19093, 18081, 18082, 18083, 18084, true);
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    /** Pinned: Keycloak issues tokens with this issuer whatever address a client used to reach it. */
    public String issuer() {
        return keycloakUrl() + "/realms/mentoring";
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public Path serviceJar(String module) {
        return home.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
    }

    public Path keycloakZip() {
        return home.resolve("launcher/target/dist/keycloak-" + KEYCLOAK_VERSION + ".zip");
    }

    public Path realmFile() {
        return home.resolve("deploy/keycloak/mentoring-realm.json");
    }
}
