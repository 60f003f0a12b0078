package ru.nastavnik.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A real Kafka broker in KRaft combined mode (broker and controller in one process), data kept. */
final class KafkaComponent extends ProcessComponent {

    private final StackConfig config;

    private KafkaComponent(StackConfig config, List<String> command, Path logFile) {
        super("Kafka (KRaft)", config.kafkaBootstrap(), command, Map.of(), config.dataDir(), logFile, null);
        this.config = config;
    }

    static KafkaComponent create(StackConfig config, String java) throws IOException, InterruptedException {
        Path kafkaDir = config.dataDir().resolve("kafka");
        Path logDir = kafkaDir.resolve("data");
        Path properties = kafkaDir.resolve("server.properties");
        Files.createDirectories(logDir);
        Files.createDirectories(config.logs());
        writeProperties(config, logDir, properties);
        String classpath = config.home().resolve("launcher/target/launcher.jar") + File.pathSeparator
                + config.home().resolve("launcher/target/lib") + "/*";
        Path logFile = config.logs().resolve("kafka.log");
        List<String> jvm = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Dnastavnik.log.file=" + logFile,
                "-cp", classpath);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(jvm);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", properties.toString()));
            Process formatting = new ProcessBuilder(format).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException("Kafka storage could not be formatted; see " + logFile);
            }
        }
        List<String> run = new ArrayList<>(jvm);
        run.addAll(List.of("kafka.Kafka", properties.toString()));
        return new KafkaComponent(config, run, logFile);
    }

    private static void writeProperties(StackConfig config, Path logDir, Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + config.kafkaControllerPort());
        p.setProperty("listeners", "PLAINTEXT://localhost:" + config.kafkaPort() + ",CONTROLLER://localhost:"
                + config.kafkaControllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + config.kafkaPort());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        try (var out = Files.newOutputStream(file)) {
            p.store(out, "Written by the Nastavnik launcher on every start");
        }
    }

    @Override
    protected boolean probe() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }
}
