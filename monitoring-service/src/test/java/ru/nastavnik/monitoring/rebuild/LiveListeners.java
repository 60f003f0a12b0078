package ru.nastavnik.monitoring.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import ru.nastavnik.testing.TestInfrastructure;

/** Waits until monitoring's live listeners have processed (and committed) everything on their topics. */
final class LiveListeners {

    private LiveListeners() {
    }

    static void awaitCaughtUp(KafkaListenerEndpointRegistry registry, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            while (true) {
                long lag = lag(admin, registry.getListenerContainers().stream().toList());
                if (lag == 0) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Monitoring's listeners still " + lag + " events behind after " + timeout);
                }
                Thread.sleep(50);
            }
        }
    }

    private static long lag(Admin admin, List<MessageListenerContainer> containers) throws Exception {
        long lag = 0;
        for (MessageListenerContainer container : containers) {
            Set<String> topics = Set.of(container.getContainerProperties().getTopics());
            Set<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(info -> new TopicPartition(topic.name(), info.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(container.getGroupId()).partitionsToOffsetAndMetadata().get();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata at = committed.get(partition);
                lag += ends.get(partition).offset() - (at == null ? 0 : at.offset());
            }
        }
        return lag;
    }
}
