package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: a JDK web server that the supervisor must bring back after it is killed, and a process that
 * dies as soon as it starts, whose restarts must back off.
 */
class SupervisorTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private Supervisor supervisor;
    private ProcessComponent component;

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (component != null) {
            component.stop();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(BooleanSupplier condition, Runnable step) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 60 s");
            }
            step.run();
            Thread.sleep(100);
        }
    }

    @Test
    void aServiceThatIsKilledIsReportedRestartedAndShownInTheStatus() throws Exception {
        int port = freePort();
        component = new ProcessComponent("web-service", "http://127.0.0.1:" + port,
                List.of(java(), "-m", "jdk.httpserver", "-b", "127.0.0.1", "-p", Integer.toString(port)), Map.of(),
                folder, folder.resolve("web-service.log"), "http://127.0.0.1:" + port + "/");
        component.start();
        await(component::isReady, () -> { });
        Path status = folder.resolve("status.txt");
        supervisor = new Supervisor(List.of(component), status, out, Clock.systemUTC(), Duration.ofMillis(200));
        supervisor.start();
        long firstPid = component.pid();

        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();

        await(() -> supervisor.snapshot().get("web-service").restarts() == 1
                && supervisor.snapshot().get("web-service").state() == Supervisor.State.RUNNING, () -> { });
        assertThat(component.pid()).isNotEqualTo(firstPid);
        assertThat(component.isReady()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("✖ web-service stopped unexpectedly (exit code 137); restarting in 1 s")
                .contains("✔ web-service is back (restart 1)");
        assertThat(Files.readString(status)).containsPattern("web-service\\s+RUNNING\\s+" + component.pid() + "\\s+1\\s+137");
    }

    @Test
    void aProcessThatKeepsDyingIsRestartedWithADoublingDelay() throws Exception {
        component = new ProcessComponent("crashing", "-", List.of(java(), "-version"), Map.of(), folder,
                folder.resolve("crashing.log"), "http://127.0.0.1:1/");
        component.start();
        supervisor = new Supervisor(List.of(component), folder.resolve("status.txt"), out, Clock.systemUTC(),
                Duration.ofMillis(100));

        await(() -> supervisor.snapshot().get("crashing").restarts() >= 3, supervisor::checkOnce);
        await(() -> supervisor.snapshot().get("crashing").state() == Supervisor.State.RESTARTING, supervisor::checkOnce);

        Supervisor.Watch watch = supervisor.snapshot().get("crashing");
        assertThat(watch.delay()).isEqualTo(Duration.ofMillis(100).multipliedBy(1L << watch.restarts()));
        assertThat(watch.lastExit()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("✖ crashing stopped unexpectedly (exit code 0)");
    }
}
