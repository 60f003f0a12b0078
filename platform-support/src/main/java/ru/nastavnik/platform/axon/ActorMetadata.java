package ru.nastavnik.platform.axon;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.KeycloakJwtConverter;

/**
 * Who gave a command travels as metadata onto the events it caused, so every document has its
 * history (who, what, when) without the domain events carrying it. It stays in the service's own
 * event store: integration events on Kafka never include it.
 */
@AutoConfiguration
public class ActorMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_NAME = "actorName";
    public static final String ACTOR_ROLE = "actorRole";

    @Bean
    SmartInitializingSingleton actorOnEveryCommand(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new ActorInterceptor());
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR_ID, ACTOR_NAME, ACTOR_ROLE);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    static final class ActorInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
                    Caller caller = KeycloakJwtConverter.callerOf(token.getToken());
                    return command.andMetaData(Map.of(ACTOR_ID, caller.userId(), ACTOR_NAME, caller.name(),
                            ACTOR_ROLE, caller.mainRole()));
                }
                return command;
            };
        }
    }
}
