package ru.nastavnik.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole platform on this machine: PostgreSQL, Kafka, Keycloak and the five services, started in
 * dependency order, with progress reported as each becomes ready, and stopped in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final StackConfig config;
    private final PrintStream out;
    private final List<Component> started = new ArrayList<>();
    private final Instant since = Instant.now();
    private Supervisor supervisor;

    public LocalStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public StackConfig config() {
        return config;
    }

    /** Starts everything and returns once all components answer; loads the demo data on a first start. */
    public void start() throws Exception {
        Files.createDirectories(config.logs());
        System.setProperty("nastavnik.log.file", config.logs().resolve("launcher.log").toString());
        String java = ProcessHandle.current().info().command().orElse("java");

        PostgresComponent postgres = new PostgresComponent(config);
        launch(postgres);
        ProcessComponent keycloak = KeycloakComponent.create(config);
        launch(keycloak);
        KafkaComponent kafka = KafkaComponent.create(config, java);
        launch(kafka);
        awaitReady(List.of(postgres, kafka));

        List<Component> services = new ArrayList<>();
        services.add(service(java, "roadmap-service", config.roadmapPort()));
        services.add(service(java, "registry-service", config.registryPort()));
        services.add(service(java, "pairing-service", config.pairingPort()));
        services.add(service(java, "monitoring-service", config.monitoringPort()));
        services.add(service(java, "gateway", config.gatewayPort()));
        for (Component service : services) {
            launch(service);
        }
        List<Component> all = new ArrayList<>(services);
        all.add(keycloak);
        awaitReady(all);

        Path marker = config.dataDir().resolve("demo-data.loaded");
        if (config.loadDemoData() && !Files.exists(marker)) {
            out.printf("  [%3ds] loading demo data ...%n", elapsed());
            new DemoData(config).load();
            Files.writeString(marker, Instant.now().toString());
            out.printf("  [%3ds] ✔ demo data loaded%n", elapsed());
        }
        supervisor = new Supervisor(started.stream().filter(ProcessComponent.class::isInstance)
                .map(ProcessComponent.class::cast).toList(), statusFile(config), out, Clock.systemUTC(),
                Supervisor.FIRST_DELAY);
        supervisor.start();
    }

    /**
     * The secret that signs pupils' one-time links: from the environment when set, else made once for this data
     * folder and kept there, so links handed out survive a restart.
     */
    private String linkSecret() {
        String fromEnvironment = System.getenv("NASTAVNIK_LINK_SECRET");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = config.dataDir().resolve("link-secret");
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                new java.security.SecureRandom().nextBytes(secret);
                Files.writeString(file, java.util.HexFormat.of().formatHex(secret));
            }
            return Files.readString(file).strip();
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("Cannot keep the link secret in " + file, unreadable);
        }
    }

    /** What {@code ./nastavnik status} prints: each process, its state, restarts and last exit code. */
    static Path statusFile(StackConfig config) {
        return config.dataDir().resolve("status.txt");
    }

    private ProcessComponent service(String java, String module, int port) {
        Path jar = config.serviceJar(module);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Missing " + jar + ": run ./mvnw -DskipTests package");
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("NASTAVNIK_DB_PORT", Integer.toString(config.postgresPort()));
        environment.put("NASTAVNIK_KAFKA", config.kafkaBootstrap());
        environment.put("NASTAVNIK_OIDC_ISSUER", config.issuer());
        environment.put("NASTAVNIK_LINK_SECRET", linkSecret());
        environment.put("ROADMAP_URL", "http://localhost:" + config.roadmapPort());
        environment.put("REGISTRY_URL", "http://localhost:" + config.registryPort());
        environment.put("PAIRING_URL", "http://localhost:" + config.pairingPort());
        environment.put("MONITORING_URL", "http://localhost:" + config.monitoringPort());
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                "-Xmx384m", "-jar", jar.toString());
        return new ProcessComponent(module, "http://localhost:" + port, command, environment, config.dataDir(),
                config.logs().resolve(module + ".log"), "http://localhost:" + port + "/actuator/health/readiness");
    }

    private void launch(Component component) throws Exception {
        component.start();
        started.add(component);
    }

    private void awaitReady(List<Component> components) throws InterruptedException {
        Set<Component> waiting = new LinkedHashSet<>(components);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Instant nextReport = Instant.now().plusSeconds(15);
        while (!waiting.isEmpty()) {
            for (Component component : List.copyOf(waiting)) {
                String failure = component.failure();
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                if (component.isReady()) {
                    waiting.remove(component);
                    out.printf("  [%3ds] ✔ %-20s %s%n", elapsed(), component.name(), component.address());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Not ready after " + START_TIMEOUT.toMinutes() + " minutes: "
                        + names(waiting) + "; logs in " + config.logs());
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(nextReport)) {
                out.printf("  [%3ds] … waiting for %s%n", elapsed(), names(waiting));
                nextReport = Instant.now().plusSeconds(15);
            }
            Thread.sleep(500);
        }
    }

    private static String names(Set<Component> components) {
        return components.stream().map(Component::name).collect(Collectors.joining(", "));
    }

    public long elapsed() {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    /** Process ids of the children, for {@code ./nastavnik down} after a launcher that died hard. */
    public List<Long> childPids() {
        return started.stream().filter(ProcessComponent.class::isInstance)
                .map(component -> ((ProcessComponent) component).pid()).filter(pid -> pid > 0).toList();
    }

    /** Services first, so they drain into a live broker and database; then Kafka and Keycloak; PostgreSQL last. */
    @Override
    public void close() {
        if (supervisor != null) {
            supervisor.close();
            supervisor = null;
        }
        List<Component> infrastructure = started.stream()
                .filter(c -> c instanceof KafkaComponent || c.name().startsWith("Keycloak")).toList();
        List<Component> services = started.stream()
                .filter(c -> c instanceof ProcessComponent && !infrastructure.contains(c)).toList();
        stopInParallel(services);
        stopInParallel(infrastructure);
        started.stream().filter(PostgresComponent.class::isInstance).forEach(Component::stop);
        started.clear();
    }

    private static void stopInParallel(List<Component> components) {
        components.stream().map(component -> Thread.ofPlatform().start(component::stop)).toList()
                .forEach(thread -> {
                    try {
                        thread.join();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
