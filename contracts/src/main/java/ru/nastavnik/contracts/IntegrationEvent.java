package ru.nastavnik.contracts;

/**
 * An event published on Kafka for other services. Carries pseudonymous ids and bands only,
 * never names, birth dates or contacts of people.
 */
public interface IntegrationEvent {

    /** The Kafka record key: the id of the aggregate that emitted the event. */
    String aggregateId();

    /** The school (tenant) the fact belongs to; {@code null} for municipal facts. */
    String schoolId();

    String municipalityId();
}
