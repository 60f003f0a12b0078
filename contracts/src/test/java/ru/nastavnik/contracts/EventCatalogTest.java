package ru.nastavnik.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ru.nastavnik.contracts.roadmap.RoadmapSubmitted;

class EventCatalogTest {

    @Test
    void typeAndClassAreInverseOfEachOther() {
        String type = EventCatalog.typeOf(RoadmapSubmitted.class);

        assertThat(type).isEqualTo("roadmap.RoadmapSubmitted.v1");
        assertThat(EventCatalog.classOf(type)).contains(RoadmapSubmitted.class);
    }

    @Test
    void unknownTypeIsEmptyAndUnknownClassIsRejected() {
        assertThat(EventCatalog.classOf("roadmap.Unknown.v9")).isEmpty();
        assertThatThrownBy(() -> EventCatalog.typeOf(IntegrationEvent.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IntegrationEvent");
    }

    @Test
    void theRegionalFeedHasItsOwnTopicAndTypes() {
        assertThat(Topics.MONITORING_FEED).isEqualTo("nastavnik.monitoring.feed.v1");
        assertThat(EventCatalog.classOf("monitoring.QuarterSnapshotApproved.v1"))
                .contains(ru.nastavnik.contracts.monitoring.QuarterSnapshotApproved.class);
        assertThat(EventCatalog.classOf("monitoring.QuarterSnapshotRestated.v1"))
                .contains(ru.nastavnik.contracts.monitoring.QuarterSnapshotRestated.class);
        assertThat(EventCatalogTest.class.getClassLoader().getResource("schemas/monitoring-feed.v1.json")).isNotNull();
        assertThat(EventCatalogTest.class.getClassLoader().getResource("asyncapi/monitoring-feed.yaml")).isNotNull();
    }
}
