package ru.nastavnik.roadmap.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.platform.jobs.JobViews;

/** Document readings and batches keep their pages' state in this service's document_import_job table. */
@Configuration
class DocumentImportConfiguration {

    @Bean
    JobViews documentImportJobs(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        return new JobViews(jdbc, json, clock, "document_import_job");
    }
}
