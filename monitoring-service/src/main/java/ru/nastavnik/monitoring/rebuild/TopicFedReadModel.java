package ru.nastavnik.monitoring.rebuild;

import java.util.List;

import io.cloudevents.CloudEvent;
import ru.nastavnik.platform.messaging.ReceivedEvent;

/**
 * A read model that only the integration topics write, so that it can be emptied and fed again from the first event
 * ({@link ReadModelRebuild}). Its live {@code @KafkaListener} and the rebuild apply every event through the same
 * {@link #apply} — one way to turn an event into rows. A new consumer of the topics implements this too, or a rebuild
 * would leave its tables as they were (a test checks that every table is either rebuilt or named as not derived from
 * the topics).
 */
public interface TopicFedReadModel {

    /** The id of its {@code @KafkaListener}: the rebuild stops that container and moves its group's offsets. */
    String listenerId();

    /** Its name in {@code processed_event}, whose rows the rebuild deletes with its tables. */
    String consumer();

    /** Every table it writes; nothing else may write them. */
    List<String> tables();

    /**
     * Applies one event inside the caller's transaction (the listener's, or one batch of the rebuild): marks the
     * event id first, so a redelivery changes nothing.
     */
    void apply(ReceivedEvent event, CloudEvent envelope);
}
