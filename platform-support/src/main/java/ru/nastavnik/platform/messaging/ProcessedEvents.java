package ru.nastavnik.platform.messaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which event ids a consumer has applied. Called inside the consumer's transaction, so
 * the mark and the read-model change commit or roll back together; a redelivery is then a no-op.
 */
public class ProcessedEvents {

    private final JdbcTemplate jdbcTemplate;

    public ProcessedEvents(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /** @return true the first time this consumer sees the event id, false for a duplicate */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markFirstDelivery(String consumer, String eventId) {
        int inserted = jdbcTemplate.update(
                "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer, eventId);
        return inserted == 1;
    }
}
