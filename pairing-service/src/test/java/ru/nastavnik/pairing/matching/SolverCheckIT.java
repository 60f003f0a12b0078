package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * OR-Tools' native library must load from the packaged Spring Boot jar, where it sits as a jar inside the jar
 * (it does not unless the build unpacks it: {@code requiresUnpack}). Starts {@link SolverCheck} from the jar that
 * {@code package} built, with the JDK running this test, and checks the optimum it prints. Runs under failsafe,
 * after {@code package}; under surefire (a {@code -Dtest} pattern can pick it up before the jar exists) it skips.
 */
class SolverCheckIT {

    @Test
    void theSolverRunsFromThePackagedJar() throws IOException, InterruptedException {
        String jarProperty = System.getProperty("pairing.jar");
        assumeThat(jarProperty).as("set by failsafe, after package").isNotNull();
        Path jar = Path.of(jarProperty);
        assertThat(jar).exists();
        String java = ProcessHandle.current().info().command().orElseThrow();

        Process process = new ProcessBuilder(java, "-cp", jar.toString(),
                "-Dloader.main=" + SolverCheck.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher")
                .redirectErrorStream(true)
                .start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        String printed = output.join();
        assertThat(ended).as("SolverCheck ended; it printed:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as("exit code; it printed:%n%s", printed).isZero();
        assertThat(printed.lines().filter(line -> line.startsWith("pair ") || line.startsWith("optimal ")))
                .containsExactly(
                        "pair p1 -> s1 score 30",
                        "pair p2 -> s2 score 17",
                        "pair p3 -> s2 score 7",
                        "optimal matched=3 totalScore=54 unmatched=0");
        printed.lines().filter(line -> line.startsWith("natives from ")).forEach(System.out::println);
        Files.writeString(jar.resolveSibling("solver-check.out"), printed);
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
