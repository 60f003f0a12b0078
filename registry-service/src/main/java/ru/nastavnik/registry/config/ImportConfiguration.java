package ru.nastavnik.registry.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.platform.jobs.JobViews;

/** Imports of a base keep their progress in this service's import_job table (line numbers only, never names). */
@Configuration
class ImportConfiguration {

    @Bean
    JobViews importJobViews(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        return new JobViews(jdbc, json, clock, "import_job");
    }
}
