package ru.nastavnik.platform.messaging;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.EventCatalog;
import ru.nastavnik.contracts.IntegrationEvent;

/** Turns a CloudEvent back into the integration event record named by its type. */
public class IntegrationEventReader {

    private final ObjectMapper objectMapper;

    public IntegrationEventReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** @throws UnreadableEventException when the type is unknown or the data does not fit it */
    public ReceivedEvent read(CloudEvent cloudEvent) {
        Class<? extends IntegrationEvent> eventClass = EventCatalog.classOf(cloudEvent.getType())
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + cloudEvent.getType()));
        if (cloudEvent.getData() == null) {
            throw new UnreadableEventException("Event " + cloudEvent.getId() + " has no data");
        }
        try {
            IntegrationEvent payload = objectMapper.readValue(cloudEvent.getData().toBytes(), eventClass);
            return new ReceivedEvent(cloudEvent.getId(), cloudEvent.getType(), payload);
        } catch (IOException e) {
            throw new UnreadableEventException("Event " + cloudEvent.getId() + " does not fit " + cloudEvent.getType());
        }
    }

    /** A record no retry can fix: it goes straight to the dead-letter topic. */
    public static class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message) {
            super(message);
        }
    }
}
