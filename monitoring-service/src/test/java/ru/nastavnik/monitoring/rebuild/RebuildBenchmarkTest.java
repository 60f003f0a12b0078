package ru.nastavnik.monitoring.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.MeetingHeld;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.monitoring.indicators.GeneratedHistory;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestInfrastructure;
import ru.nastavnik.testing.TestTokens;

/**
 * Prints two measures of issue 12 and asserts nothing about time: (a) the rebuild's rate next to a plain consumer
 * reading the same topics in the same run, deserialising the CloudEvents and nothing more; (b) the time from an
 * integration event's publication to the department's indicator showing it, next to a bare produce→consume round trip
 * of a record of the same size on the same broker.
 */
class RebuildBenchmarkTest extends ServiceIntegrationTest {

    private static final int HISTORIES = Integer.getInteger("monitoring.benchmark.rebuild.histories", 80);
    private static final int LATENCY_EVENTS = Integer.getInteger("monitoring.benchmark.latency.events", 200);
    private static final List<String> TOPICS = List.of(Topics.ROADMAP_EVENTS, Topics.REGISTRY_EVENTS,
            Topics.PAIRING_EVENTS);

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private Api api() {
        return Api.onPort(port);
    }

    @Test
    void printsTheRebuildRateNextToAPlainConsumersRate() throws Exception {
        Random random = new Random(42);
        String run = "rbb" + UUID.randomUUID().toString().substring(0, 6);
        long published = 0;
        try (HistoryPublisher publisher = new HistoryPublisher(json)) {
            for (int h = 0; h < HISTORIES; h++) {
                GeneratedHistory history = new GeneratedHistory(random, run + "h" + h);
                history.events.forEach(dated -> publisher.publish(dated.event(), dated.happenedOn()));
                published += history.events.size();
            }
            publisher.flush();
        }
        // the better of two plain reads, one before the rebuild and one after: the comparison never flatters the rebuild
        double[] plainFirst = plainRead();
        Instant started = Instant.now();
        Api.Response start = api().post("/api/monitoring/rebuilds", TestTokens.admin(), null);
        assertThat(start.status()).as(start.toString()).isEqualTo(202);
        JsonNode finished = awaitFinished(start.json().path("id").asText());
        double wallSeconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        double[] plainSecond = plainRead();
        double plainRate = Math.max(plainFirst[1], plainSecond[1]);
        double rebuildRate = finished.path("eventsPerSecond").asDouble();
        long events = finished.path("eventsRead").asLong();

        System.out.printf("%nRebuild benchmark (%d events on the topics, %d of them generated here):%n", events,
                published);
        System.out.printf("  plain consumer, CloudEvents deserialised, nothing applied: %,.0f events/s "
                + "(%,.0f and %,.0f in two reads)%n", plainRate, plainFirst[1], plainSecond[1]);
        System.out.printf("  rebuild, reading and applying to both read models:        %,.0f events/s "
                + "(%.2f s of reading; %.2f s wall time with stopping, emptying, offsets, restarting)%n",
                rebuildRate, events / rebuildRate, wallSeconds);
        System.out.printf("  ratio rebuild / plain: %.2f (goal: at least 0.5)%n%n", rebuildRate / plainRate);
        assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("FINISHED");
        assertThat(events).isGreaterThanOrEqualTo(published);
        assertThat((long) plainFirst[0]).isGreaterThanOrEqualTo(published);
    }

    @Test
    void printsTheTimeFromAnEventToTheDepartmentsIndicator() throws Exception {
        String run = "lat" + UUID.randomUUID().toString().substring(0, 6);
        String school = run + "-s";
        String municipality = run + "-m";
        LocalDate heldOn = LocalDate.of(2026, 10, 10);
        String path = "/api/monitoring/indicators/MEETINGS_HELD?level=MUNICIPALITY&unit=" + municipality
                + "&asOf=2026-12-01";
        String officer = TestTokens.officer(municipality);
        long[] latencyMicros = new long[LATENCY_EVENTS];
        int reads = 0;
        long readNanos = 0;
        try (HistoryPublisher publisher = new HistoryPublisher(json)) {
            publisher.publishAndWait(new SchoolRegistered(school, municipality, "reg-1", "Школа", "GENERAL"),
                    Instant.now());
            Instant deadline = Instant.now().plusSeconds(60);
            while (api().get(path, officer).status() != 200) {
                assertThat(Instant.now()).as("the municipality becomes known").isBefore(deadline);
                Thread.sleep(20);
            }
            for (int i = 0; i < LATENCY_EVENTS; i++) {
                MeetingHeld meeting = new MeetingHeld(run + "-pair", school, municipality, UUID.randomUUID().toString(),
                        "WORKING", heldOn, "IN_PERSON");
                long published = System.nanoTime();
                publisher.publishAndWait(meeting, Instant.now());
                while (true) {
                    long before = System.nanoTime();
                    Api.Response answer = api().get(path, officer);
                    readNanos += System.nanoTime() - before;
                    reads++;
                    if (answer.status() == 200 && answer.json().path("numerator").asLong() == i + 1) {
                        latencyMicros[i] = (System.nanoTime() - published) / 1000;
                        break;
                    }
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                    assertThat(System.nanoTime() - published).as("meeting %d counted", i + 1)
                            .isLessThan(Duration.ofSeconds(30).toNanos());
                }
            }
            long[] rawMicros = rawRoundTrips(publisher.record(new MeetingHeld(run + "-pair", school, municipality,
                    UUID.randomUUID().toString(), "WORKING", heldOn, "IN_PERSON"), "raw", Instant.now()).value());
            System.out.printf("%nFrom an event to the department's indicator (%d MeetingHeld published one at a time, "
                    + "each waited for; measured from the integration event's publication to the first "
                    + "GET %s showing it — the command's own transaction at the school adds its time before that):%n",
                    LATENCY_EVENTS, "/api/monitoring/indicators/MEETINGS_HELD?level=MUNICIPALITY…");
            System.out.println("  event → indicator changed:       " + percentiles(latencyMicros));
            System.out.println("  bare produce → consume (limit):  " + percentiles(rawMicros));
            System.out.printf("  one indicator read while polling: %.1f ms on average (%d reads)%n%n",
                    readNanos / 1e6 / reads, reads);
        }
        assertThat(Arrays.stream(latencyMicros).min().orElse(0)).isPositive();
    }

    private JsonNode awaitFinished(String id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (true) {
            JsonNode progress = api().get("/api/monitoring/rebuilds/" + id, TestTokens.admin()).json();
            if (!"RUNNING".equals(progress.path("state").asText())) {
                return progress;
            }
            assertThat(Instant.now()).as("rebuild still running").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /**
     * Reads the three topics from the beginning to their current ends, each value deserialised into a CloudEvent as
     * the listeners do (a record that is none — another test's poison — is counted out, as the rebuild skips it);
     * answers {events, events per second}.
     */
    private static double[] plainRead() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        CloudEventDeserializer cloudEvents = new CloudEventDeserializer();
        long start = System.nanoTime();
        long events = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            TOPICS.forEach(topic -> consumer.partitionsFor(topic).forEach(info ->
                    partitions.add(new TopicPartition(topic, info.partition()))));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Set<TopicPartition> open = new java.util.HashSet<>(partitions);
            while (!open.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        try {
                            if (cloudEvents.deserialize(record.topic(), record.headers(), record.value()) != null) {
                                events++;
                            }
                        } catch (RuntimeException poison) {
                            // not a CloudEvent: not counted
                        }
                    }
                }
                open.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {events, events / seconds};
    }

    /** A record of the given size produced and consumed, one at a time, on a topic of its own. */
    private static long[] rawRoundTrips(CloudEvent sample) throws Exception {
        String topic = "bench.roundtrip." + UUID.randomUUID();
        String servers = TestInfrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        long[] micros = new long[LATENCY_EVENTS];
        Map<String, Object> producerConfig = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(producerConfig);
             KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(consumerConfig)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k", sample)).get();
                int received = 0;
                while (received == 0) {
                    received = consumer.poll(Duration.ofMillis(500)).count();
                }
                micros[i] = (System.nanoTime() - start) / 1000;
            }
        }
        return micros;
    }

    private static String percentiles(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
