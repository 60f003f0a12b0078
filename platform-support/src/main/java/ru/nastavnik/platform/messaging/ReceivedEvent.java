package ru.nastavnik.platform.messaging;

import ru.nastavnik.contracts.IntegrationEvent;

/** An integration event read from Kafka with the envelope attributes a consumer needs. */
public record ReceivedEvent(String id, String type, IntegrationEvent payload) {
}
