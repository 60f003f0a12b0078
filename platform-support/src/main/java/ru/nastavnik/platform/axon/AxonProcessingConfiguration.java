package ru.nastavnik.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import ru.nastavnik.platform.messaging.IntegrationEventPublisher;

/** Pooled streaming processors everywhere; the Kafka publishing group never swallows an error. */
@AutoConfiguration
public class AxonProcessingConfiguration {

    @Bean
    ConfigurerModule pooledProcessorsAndStrictPublishing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                // a failed send must stop the processor and be retried, or the outbox would lose events
                .registerListenerInvocationErrorHandler(IntegrationEventPublisher.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance()));
    }
}
