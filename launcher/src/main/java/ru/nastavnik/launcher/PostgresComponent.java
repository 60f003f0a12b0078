package ru.nastavnik.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL 15 from Maven artifacts, with its data folder kept between runs. */
final class PostgresComponent implements Component {

    private final StackConfig config;
    private EmbeddedPostgres postgres;

    PostgresComponent(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "PostgreSQL 15";
    }

    @Override
    public String address() {
        return "localhost:" + config.postgresPort();
    }

    @Override
    public void start() throws IOException, SQLException {
        Path dataDir = config.dataDir().resolve("postgres");
        Files.createDirectories(dataDir);
        // a server killed without a clean stop leaves its pid file behind, which blocks the next start
        Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(config.postgresPort())
                .setServerConfig("max_connections", "200")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String database : StackConfig.DATABASES) {
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                }
            }
        }
    }

    @Override
    public boolean isReady() {
        return postgres != null;
    }

    @Override
    public String failure() {
        return null;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
