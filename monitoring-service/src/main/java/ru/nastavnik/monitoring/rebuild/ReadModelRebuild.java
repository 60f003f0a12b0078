package ru.nastavnik.monitoring.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import ru.nastavnik.platform.messaging.IntegrationEventReader;
import ru.nastavnik.platform.messaging.ReceivedEvent;

/**
 * Rebuilds every read model fed from the topics, from scratch, into the same tables:
 * <ol>
 * <li>stops the live listener containers — stopped, not paused: a paused consumer is still a member of its group,
 * and a group's offsets can only be moved from outside while the group is empty;</li>
 * <li>captures the end offset of every partition: what the rebuild must reach, everything the stopped listeners
 * processed lies before it;</li>
 * <li>empties the read models' tables and their {@code processed_event} marks in one transaction;</li>
 * <li>reads every partition from the beginning to its captured end with plain consumers, several side by side (a
 * partition keeps its order, as with the live listener, which interleaves partitions as it likes too), and applies
 * each event through the models' own {@link TopicFedReadModel#apply} in batches, one transaction each;</li>
 * <li>moves the live groups' offsets to the captured ends and starts the listeners again: events published meanwhile
 * lie after the ends and are consumed once, live.</li>
 * </ol>
 * Reads of indicators are refused (503) while it runs and after a failed run ({@link RebuildReadGuard}): half-built
 * tables never answer as if they were whole. If the offsets cannot be moved, nothing is lost: the listeners read
 * again from where they were and the marks make every event they meet twice a no-op.
 */
@Component
class ReadModelRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");
    /**
     * A handful of events the live consumer would dead-letter (unreadable, or no model can apply them) are skipped;
     * more means a fault, and the run fails.
     */
    private static final int FAILED_EVENTS_TOLERATED = 100;

    private final List<TopicFedReadModel> readModels;
    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaProperties kafkaProperties;
    private final KafkaAdmin kafkaAdmin;
    private final IntegrationEventReader reader;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final RebuildRuns runs;
    private final int workers;
    private final int batchSize;
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("monitoring-rebuild").daemon().factory());

    ReadModelRebuild(List<TopicFedReadModel> readModels, KafkaListenerEndpointRegistry listeners,
                     KafkaProperties kafkaProperties, KafkaAdmin kafkaAdmin, IntegrationEventReader reader,
                     TransactionTemplate transactions, JdbcClient jdbc, RebuildRuns runs,
                     @Value("${nastavnik.monitoring.rebuild.workers:3}") int workers,
                     @Value("${nastavnik.monitoring.rebuild.batch-size:500}") int batchSize) {
        this.readModels = List.copyOf(readModels);
        this.listeners = listeners;
        this.kafkaProperties = kafkaProperties;
        this.kafkaAdmin = kafkaAdmin;
        this.reader = reader;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.runs = runs;
        this.workers = Math.max(1, workers);
        this.batchSize = Math.max(1, batchSize);
    }

    /** Records the run (409 if one runs) and starts it in the background. */
    RebuildView start(String requestedByRole) {
        UUID id = runs.begin(requestedByRole);
        coordinator.submit(() -> run(id));
        return runs.find(id).orElseThrow();
    }

    /** The tables a rebuild empties and fills again. */
    List<String> tables() {
        return readModels.stream().flatMap(model -> model.tables().stream()).toList();
    }

    private void run(UUID id) {
        Progress progress = new Progress();
        List<MessageListenerContainer> containers = readModels.stream().map(TopicFedReadModel::listenerId).distinct()
                .map(this::container).toList();
        try {
            containers.forEach(MessageListenerContainer::stop);
            Map<TopicPartition, Long> ends;
            Map<TopicPartition, Long> beginnings;
            try (KafkaConsumer<String, byte[]> probe = consumer()) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : topicsOf(containers)) {
                    probe.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic,
                            info.partition())));
                }
                ends = probe.endOffsets(partitions);
                beginnings = probe.beginningOffsets(partitions);
            }
            long total = ends.entrySet().stream().mapToLong(end -> end.getValue() - beginnings.get(end.getKey()))
                    .sum();
            emptyReadModels();
            runs.readingStarted(id, total);
            readEverything(id, ends, beginnings, progress);
            runs.readingFinished(id, progress.read.get(), progress.skipped.get());
            moveLiveOffsets(containers, ends);
            runs.finished(id);
            log.info("Rebuild {} finished: {} events applied to {}, {} skipped", id, progress.read.get(),
                    readModels.stream().map(TopicFedReadModel::consumer).toList(), progress.skipped.get());
        } catch (Exception failure) {
            // the reason only: an event's content is never logged
            log.error("Rebuild {} failed after {} events: {}", id, progress.read.get(), failure.toString());
            runs.failed(id, progress.read.get(), progress.skipped.get(),
                    "Перестройка остановилась на событии " + progress.read.get()
                            + ": показатели недоступны до успешной перестройки, запустите её снова");
        } finally {
            containers.forEach(container -> {
                if (!container.isRunning()) {
                    container.start();
                }
            });
        }
    }

    private MessageListenerContainer container(String listenerId) {
        MessageListenerContainer container = listeners.getListenerContainer(listenerId);
        if (container == null) {
            throw new IllegalStateException("No listener container " + listenerId);
        }
        return container;
    }

    private static Set<String> topicsOf(List<MessageListenerContainer> containers) {
        Set<String> topics = new LinkedHashSet<>();
        containers.forEach(container -> topics.addAll(List.of(container.getContainerProperties().getTopics())));
        return topics;
    }

    private void emptyReadModels() {
        List<String> tables = tables();
        tables.forEach(table -> {
            if (!TABLE.matcher(table).matches()) {
                throw new IllegalStateException("Not a table name: " + table);
            }
        });
        List<String> consumers = readModels.stream().map(TopicFedReadModel::consumer).toList();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE " + String.join(", ", tables)).update();
            jdbc.sql("DELETE FROM processed_event WHERE consumer IN (:consumers)").param("consumers", consumers)
                    .update();
        });
    }

    private void readEverything(UUID id, Map<TopicPartition, Long> ends, Map<TopicPartition, Long> beginnings,
                                Progress progress) throws InterruptedException {
        List<List<TopicPartition>> shares = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            shares.add(new ArrayList<>());
        }
        int next = 0;
        for (TopicPartition partition : ends.keySet()) {
            if (ends.get(partition) > beginnings.get(partition)) {
                shares.get(next++ % workers).add(partition);
            }
        }
        List<Thread> threads = new ArrayList<>();
        for (List<TopicPartition> share : shares) {
            if (!share.isEmpty()) {
                threads.add(Thread.ofPlatform().name("monitoring-rebuild-reader-" + threads.size()).start(() -> {
                    try {
                        read(share, ends, progress);
                    } catch (RuntimeException failure) {
                        progress.failure.compareAndSet(null, failure);
                    }
                }));
            }
        }
        while (threads.stream().anyMatch(Thread::isAlive)) {
            runs.progress(id, progress.read.get(), progress.skipped.get());
            for (Thread thread : threads) {
                thread.join(250);
                if (thread.isAlive()) {
                    break;
                }
            }
        }
        if (progress.failure.get() != null) {
            throw progress.failure.get();
        }
    }

    private void read(List<TopicPartition> partitions, Map<TopicPartition, Long> ends, Progress progress) {
        CloudEventDeserializer cloudEvents = new CloudEventDeserializer();
        List<Readable> batch = new ArrayList<>(batchSize);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Set<TopicPartition> open = new HashSet<>(partitions);
            while (!open.isEmpty() && progress.failure.get() == null) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition partition : records.partitions()) {
                    long end = ends.get(partition);
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (record.offset() >= end) {
                            break; // published after the rebuild began: the live listener takes it
                        }
                        Readable readable = readable(record, cloudEvents);
                        if (readable == null) {
                            progress.skipped.incrementAndGet();
                            progress.read.incrementAndGet();
                        } else {
                            batch.add(readable);
                        }
                    }
                }
                for (TopicPartition partition : List.copyOf(open)) {
                    if (consumer.position(partition) >= ends.get(partition)) {
                        open.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
                if (batch.size() >= batchSize || open.isEmpty()) {
                    apply(batch, progress);
                    batch.clear();
                }
            }
        }
    }

    /** A record the live listener could read; null for one it would dead-letter unread. */
    private Readable readable(ConsumerRecord<String, byte[]> record, CloudEventDeserializer cloudEvents) {
        try {
            CloudEvent envelope = cloudEvents.deserialize(record.topic(), record.headers(), record.value());
            return new Readable(record.topic(), record.partition(), record.offset(), reader.read(envelope), envelope);
        } catch (RuntimeException unreadable) {
            log.warn("Rebuild skipped unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return null;
        }
    }

    private void apply(List<Readable> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> batch.forEach(readable -> readModels.forEach(model ->
                    model.apply(readable.event(), readable.envelope()))));
        } catch (RuntimeException batchFailed) {
            // one event spoiled the batch: each alone, in its own transaction per model, as live
            for (Readable readable : batch) {
                boolean skipped = false;
                for (TopicFedReadModel model : readModels) {
                    try {
                        transactions.executeWithoutResult(status -> model.apply(readable.event(),
                                readable.envelope()));
                    } catch (RuntimeException failed) {
                        log.warn("Rebuild skipped record {}-{}@{} for {}: {}", readable.topic(), readable.partition(),
                                readable.offset(), model.consumer(), failed.getClass().getSimpleName());
                        skipped = true;
                    }
                }
                if (skipped && progress.skipped.incrementAndGet() > FAILED_EVENTS_TOLERATED) {
                    throw new IllegalStateException("More than " + FAILED_EVENTS_TOLERATED
                            + " events could not be applied");
                }
            }
        }
        progress.read.addAndGet(batch.size());
    }

    /**
     * The live groups continue after the captured ends. The group must be empty (its container stopped), which the
     * broker may take a moment to see.
     */
    private void moveLiveOffsets(List<MessageListenerContainer> containers, Map<TopicPartition, Long> ends)
            throws InterruptedException {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            for (MessageListenerContainer container : containers) {
                Set<String> topics = Set.of(container.getContainerProperties().getTopics());
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                ends.forEach((partition, end) -> {
                    if (topics.contains(partition.topic())) {
                        offsets.put(partition, new OffsetAndMetadata(end));
                    }
                });
                moveOffsets(admin, container.getGroupId(), offsets);
            }
        }
    }

    private static void moveOffsets(Admin admin, String group, Map<TopicPartition, OffsetAndMetadata> offsets)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException failure) {
                if (failure.getCause() instanceof GroupNotEmptyException && attempt < 20) {
                    Thread.sleep(250);
                    continue;
                }
                log.warn("Offsets of group {} not moved ({}): its listener reads again from where it stopped, "
                        + "the processed-event marks make the repeats no-ops", group, failure.getCause().toString());
                return;
            } catch (java.util.concurrent.TimeoutException slow) {
                log.warn("Offsets of group {} not moved in time: its listener reads again from where it stopped",
                        group);
                return;
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties(null));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, nothing committed
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    @Override
    public void destroy() {
        coordinator.shutdownNow();
    }

    private record Readable(String topic, int partition, long offset, ReceivedEvent event, CloudEvent envelope) {
    }

    private static final class Progress {
        final AtomicLong read = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    }
}
