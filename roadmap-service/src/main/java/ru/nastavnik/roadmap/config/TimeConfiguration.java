package ru.nastavnik.roadmap.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Dates of roadmaps are the school's dates: "today" is taken in the municipality's time zone, once,
 * here, and handed to commands, so aggregates never read a clock.
 */
@Configuration
@EnableScheduling
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${nastavnik.time-zone:Europe/Moscow}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
