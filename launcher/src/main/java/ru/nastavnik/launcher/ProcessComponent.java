package ru.nastavnik.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process (Kafka, Keycloak, a service) with its log in a file, ready when its health URL
 * answers 200. Stopping ends the whole process tree, gently first.
 */
class ProcessComponent implements Component {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final String address;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDir;
    private final Path logFile;
    private final String healthUrl;
    private Process process;
    private volatile boolean ready;

    ProcessComponent(String name, String address, List<String> command, Map<String, String> environment,
                     Path workingDir, Path logFile, String healthUrl) {
        this.name = name;
        this.address = address;
        this.command = command;
        this.environment = environment;
        this.workingDir = workingDir;
        this.logFile = logFile;
        this.healthUrl = healthUrl;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public void start() throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    @Override
    public boolean isReady() {
        if (ready) {
            return true;
        }
        if (process == null || !process.isAlive()) {
            return false;
        }
        ready = probe();
        return ready;
    }

    /** Whether the process serves yet; by default its health URL answers 200. */
    protected boolean probe() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(healthUrl))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The process ran and has ended (a crash, an out-of-memory kill, someone's kill -9). */
    boolean hasDied() {
        return process != null && !process.isAlive();
    }

    int exitCode() {
        return process == null || process.isAlive() ? -1 : process.exitValue();
    }

    /** Starts the process again after it died; ready again once its health URL answers. */
    void restart() throws IOException {
        process = null;
        ready = false;
        start();
    }

    @Override
    public String failure() {
        if (process != null && !process.isAlive()) {
            return name + " exited with code " + process.exitValue() + "; see " + logFile;
        }
        return null;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
        ready = false;
    }
}
