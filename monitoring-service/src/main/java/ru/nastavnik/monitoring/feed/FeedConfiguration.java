package ru.nastavnik.monitoring.feed;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import com.fasterxml.jackson.annotation.JsonInclude;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.monitoring.FeedFigure;

@Configuration
class FeedConfiguration {

    /** The feed keeps its events for good, like every integration topic: the region can read it from the start. */
    @Bean
    NewTopic monitoringFeedTopic(@Value("${nastavnik.kafka.partitions:3}") int partitions) {
        return TopicBuilder.name(Topics.MONITORING_FEED).partitions(partitions).replicas(1)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    /**
     * A suppressed figure says so with explicit nulls ({@code "value": null}), on Kafka and over REST alike, though
     * the services otherwise leave nulls out; contracts stay free of Jackson, so this is said here.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer feedFiguresKeepTheirNulls() {
        return builder -> builder.mixIn(FeedFigure.class, AlwaysIncluded.class);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract static class AlwaysIncluded {
    }
}
