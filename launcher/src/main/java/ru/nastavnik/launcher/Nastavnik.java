package ru.nastavnik.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code ./nastavnik up | down | status}: the platform on this machine, no Docker. */
public final class Nastavnik {

    private Nastavnik() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("nastavnik.home", ".")).toAbsolutePath().normalize();
        StackConfig config = StackConfig.local(home);
        String command = args.length == 0 ? "up" : args[0];
        switch (command) {
            case "up" -> up(config);
            case "down" -> System.exit(down(config) ? 0 : 1);
            case "status" -> status(config);
            default -> {
                System.err.println("Usage: ./nastavnik up | down | status");
                System.exit(2);
            }
        }
    }

    private static void up(StackConfig config) throws Exception {
        Optional<Long> running = running(config);
        if (running.isPresent()) {
            System.err.println("Nastavnik is already running (pid " + running.get() + "). Stop it with ./nastavnik down");
            System.exit(1);
        }
        killLeftovers(config);
        Files.createDirectories(config.dataDir());
        Files.writeString(pidFile(config), Long.toString(ProcessHandle.current().pid()));

        System.out.println("Nastavnik: starting the platform (data in " + config.dataDir() + ", logs in "
                + config.logs() + ")");
        LocalStack stack = new LocalStack(config, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nNastavnik: stopping ...");
            stack.close();
            try {
                Files.deleteIfExists(pidFile(config));
                Files.deleteIfExists(childrenFile(config));
            } catch (IOException ignored) {
                // the next start checks whether the recorded process is alive anyway
            }
            System.out.println("Nastavnik: stopped.");
            stopped.countDown();
        }));
        try {
            stack.start();
        } catch (Exception failure) {
            System.err.println("Nastavnik: start failed: " + failure.getMessage());
            System.exit(1);
        }
        Files.write(childrenFile(config), stack.childPids().stream().map(String::valueOf).toList());
        System.out.printf("%nREADY %s%n%n", config.gatewayUrl());
        System.out.println("  Demo users (password: demo): curator, head, curator2, head2, head3, mentor (school),");
        System.out.println("  officer (department),");
        System.out.println("  analyst (region), admin (platform). Keycloak: " + config.keycloakUrl()
                + ". Stop: Ctrl-C or ./nastavnik down");
        stopped.await();
    }

    private static void status(StackConfig config) throws IOException {
        Optional<Long> running = running(config);
        if (running.isEmpty()) {
            System.out.println("stopped");
            return;
        }
        System.out.println("running, pid " + running.get());
        Path status = LocalStack.statusFile(config);
        if (Files.exists(status)) {
            Files.readAllLines(status).forEach(line -> System.out.println("  " + line));
        } else {
            System.out.println("  starting (no process is supervised yet)");
        }
    }

    private static boolean down(StackConfig config) throws IOException, InterruptedException {
        Optional<Long> running = running(config);
        if (running.isEmpty()) {
            killLeftovers(config);
            System.out.println("Nastavnik is not running.");
            return true;
        }
        ProcessHandle launcher = ProcessHandle.of(running.get()).orElseThrow();
        System.out.println("Stopping Nastavnik (pid " + running.get() + ") ...");
        launcher.destroy();
        try {
            launcher.onExit().get(90, TimeUnit.SECONDS);
        } catch (Exception timeout) {
            launcher.destroyForcibly();
        }
        killLeftovers(config);
        System.out.println("Stopped.");
        return true;
    }

    private static Optional<Long> running(StackConfig config) throws IOException {
        Path pidFile = pidFile(config);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().map(line -> line.contains("launcher")).orElse(true))
                .map(ProcessHandle::pid);
    }

    /** Children of a launcher that was killed hard would keep the ports busy. */
    private static void killLeftovers(StackConfig config) throws IOException {
        Path children = childrenFile(config);
        if (!Files.exists(children)) {
            return;
        }
        List<String> pids = Files.readAllLines(children);
        for (String pid : pids) {
            ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(process -> {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            });
        }
        Files.deleteIfExists(children);
    }

    private static Path pidFile(StackConfig config) {
        return config.dataDir().resolve("launcher.pid");
    }

    private static Path childrenFile(StackConfig config) {
        return config.dataDir().resolve("children.pids");
    }
}
