package ru.nastavnik.contracts;

/** Kafka topic names. Each service publishes to its own topic; the key is the aggregate id. */
public final class Topics {

    public static final String ROADMAP_EVENTS = "nastavnik.roadmap.events.v1";
    public static final String REGISTRY_EVENTS = "nastavnik.registry.events.v1";
    public static final String PAIRING_EVENTS = "nastavnik.pairing.events.v1";
    /** The regional feed: approved quarterly snapshots and their restatements (aggregates only). */
    public static final String MONITORING_FEED = "nastavnik.monitoring.feed.v1";

    /** Suffix of the dead-letter topic that receives records a consumer could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
