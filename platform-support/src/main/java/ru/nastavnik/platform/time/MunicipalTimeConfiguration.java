package ru.nastavnik.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Dates of roadmaps, consents and certificates are the municipality's dates: "today" is taken in its time zone,
 * once, by the web layer, and handed to commands, so aggregates never read a clock.
 */
@AutoConfiguration
@EnableScheduling
public class MunicipalTimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${nastavnik.time-zone:Europe/Moscow}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
