package ru.nastavnik.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import ru.nastavnik.launcher.LocalStack;
import ru.nastavnik.launcher.StackConfig;

/**
 * Starts the whole platform once for all end-to-end tests, exactly as {@code ./nastavnik up} does
 * (same launcher, demo data included), on test ports and in a throw-away data folder.
 */
public class PlatformExtension implements BeforeAllCallback {

    private static Platform platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, key -> start(), Platform.class);
    }

    static Platform platform() {
        return platform;
    }

    private static synchronized Platform start() {
        Path home = Path.of(System.getProperty("nastavnik.home", "..")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("nastavnik.e2e.data", "target/e2e-stack")).toAbsolutePath();
        deleteRecursively(data);
        LocalStack stack = new LocalStack(StackConfig.forTests(home, data), System.out);
        platform = new Platform(stack);
        try {
            long started = System.nanoTime();
            stack.start();
            System.out.printf("E2E platform ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        } catch (Exception e) {
            stack.close();
            throw new IllegalStateException("The platform did not start: " + e.getMessage(), e);
        }
        return platform;
    }

    private static void deleteRecursively(Path path) {
        if (!path.toFile().exists()) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot clean " + path, e);
        }
    }

    /** Closed by JUnit when the whole run ends. */
    record Platform(LocalStack stack) implements ExtensionContext.Store.CloseableResource {

        StackConfig config() {
            return stack.config();
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
