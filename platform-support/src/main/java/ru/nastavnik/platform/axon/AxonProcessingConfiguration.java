package ru.nastavnik.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Pooled streaming processors everywhere, and no processor swallows an error. Axon's default logs a failed event
 * handler and goes on: for a subscribing projection that meant the command was acknowledged while its read model
 * (and, rolled back with it, its events) were never stored. Propagated, the failure fails the command; in a
 * streaming processor it stops the segment and is retried, so no event is skipped.
 */
@AutoConfiguration
public class AxonProcessingConfiguration {

    @Bean
    ConfigurerModule pooledProcessorsAndStrictPublishing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }
}
