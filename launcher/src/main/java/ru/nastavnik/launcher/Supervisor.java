package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings back a process of the stack that died after it was up: the death is reported at once, the process is
 * started again after a back-off that doubles on each quick death (1 s, 2 s, 4 s … up to a minute) and is forgotten
 * once the process has stayed up for five minutes. The state of every process is written to a status file that
 * {@code ./nastavnik status} prints.
 */
final class Supervisor implements AutoCloseable {

    enum State { RUNNING, RESTARTING, STARTING }

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final Duration STABLE = Duration.ofMinutes(5);

    private final List<ProcessComponent> components;
    private final Path statusFile;
    private final PrintStream out;
    private final Clock clock;
    private final Duration firstDelay;
    private final Map<ProcessComponent, Watch> watches = new LinkedHashMap<>();
    private volatile boolean running = true;
    private Thread thread;

    Supervisor(List<ProcessComponent> components, Path statusFile, PrintStream out, Clock clock, Duration firstDelay) {
        this.components = List.copyOf(components);
        this.statusFile = statusFile;
        this.out = out;
        this.clock = clock;
        this.firstDelay = firstDelay;
        components.forEach(component -> watches.put(component, new Watch(clock.instant())));
    }

    void start() {
        writeStatus();
        thread = Thread.ofPlatform().daemon().name("nastavnik-supervisor").start(this::watch);
    }

    private void watch() {
        while (running) {
            try {
                checkOnce();
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                out.println("  supervisor: " + unexpected.getMessage());
            }
        }
    }

    /** One look at every process; public to the package so a test can drive it step by step. */
    synchronized void checkOnce() {
        Instant now = clock.instant();
        boolean changed = false;
        for (ProcessComponent component : components) {
            Watch watch = watches.get(component);
            switch (watch.state) {
                case RUNNING -> {
                    if (component.hasDied()) {
                        watch.lastExit = component.exitCode();
                        boolean quickDeath = Duration.between(watch.since, now).compareTo(STABLE) < 0;
                        watch.delay = !quickDeath || watch.delay == null ? firstDelay
                                : min(watch.delay.multipliedBy(2), MAX_DELAY);
                        watch.state = State.RESTARTING;
                        watch.since = now;
                        watch.restartAt = now.plus(watch.delay);
                        out.printf("  ✖ %s stopped unexpectedly (exit code %d); restarting in %d s%n", component.name(),
                                watch.lastExit, Math.max(1, watch.delay.toSeconds()));
                        changed = true;
                    }
                }
                case RESTARTING -> {
                    if (!now.isBefore(watch.restartAt)) {
                        try {
                            component.restart();
                            watch.restarts++;
                            watch.state = State.STARTING;
                            watch.since = now;
                        } catch (IOException failed) {
                            watch.restartAt = now.plus(watch.delay);
                            out.printf("  ✖ %s could not be started again: %s%n", component.name(), failed.getMessage());
                        }
                        changed = true;
                    }
                }
                case STARTING -> {
                    if (component.hasDied()) {
                        watch.state = State.RUNNING; // handled as a quick death on the next look
                        changed = true;
                    } else if (component.isReady()) {
                        watch.state = State.RUNNING;
                        watch.since = now;
                        out.printf("  ✔ %s is back (restart %d)%n", component.name(), watch.restarts);
                        changed = true;
                    }
                }
            }
        }
        if (changed) {
            writeStatus();
        }
    }

    synchronized Map<String, Watch> snapshot() {
        Map<String, Watch> copy = new LinkedHashMap<>();
        watches.forEach((component, watch) -> copy.put(component.name(), watch.copy()));
        return copy;
    }

    private void writeStatus() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-22s %-11s %8s %9s %10s  %s", "component", "state", "pid", "restarts", "last exit",
                "since"));
        watches.forEach((component, watch) -> lines.add(String.format("%-22s %-11s %8s %9d %10s  %s",
                component.name(), watch.state, component.pid() > 0 ? component.pid() : "-", watch.restarts,
                watch.lastExit == null ? "-" : watch.lastExit, watch.since)));
        try {
            Path temporary = statusFile.resolveSibling(statusFile.getFileName() + ".tmp");
            Files.write(temporary, lines);
            Files.move(temporary, statusFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unwritable) {
            out.println("  supervisor: cannot write " + statusFile + ": " + unwritable.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stops watching first, so that processes being stopped are not brought back. */
    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(statusFile);
        } catch (IOException ignored) {
            // a stale status file is ignored by `status` when no launcher runs
        }
    }

    static final class Watch {
        State state = State.RUNNING;
        Instant since;
        Instant restartAt;
        Duration delay;
        int restarts;
        Integer lastExit;

        Watch(Instant since) {
            this.since = since;
        }

        Watch copy() {
            Watch copy = new Watch(since);
            copy.state = state;
            copy.restartAt = restartAt;
            copy.delay = delay;
            copy.restarts = restarts;
            copy.lastExit = lastExit;
            return copy;
        }

        State state() {
            return state;
        }

        int restarts() {
            return restarts;
        }

        Duration delay() {
            return delay;
        }

        Integer lastExit() {
            return lastExit;
        }
    }
}
