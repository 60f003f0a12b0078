package ru.nastavnik.monitoring.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import ru.nastavnik.contracts.EventCatalog;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.monitoring.QuarterSnapshotApproved;
import ru.nastavnik.contracts.monitoring.QuarterSnapshotRestated;

/** The AsyncAPI document and the JSON Schema in contracts describe the topic, the types and the payload we publish. */
class FeedContractDocumentsTest {

    private static JsonNode asyncApi() throws Exception {
        try (InputStream in = FeedContractDocumentsTest.class.getClassLoader()
                .getResourceAsStream("asyncapi/monitoring-feed.yaml")) {
            assertThat(in).as("asyncapi/monitoring-feed.yaml in contracts").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTheCloudEventTypesAndPayloadsThatExistInTheSchema() throws Exception {
        JsonNode document = asyncApi();
        assertThat(document.path("asyncapi").asText()).isEqualTo("2.6.0");
        assertThat(document.path("channels").has(Topics.MONITORING_FEED)).isTrue();
        JsonNode messages = document.at("/components/messages");
        List<String> names = new ArrayList<>();
        messages.forEach(message -> names.add(message.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder(EventCatalog.typeOf(QuarterSnapshotApproved.class),
                EventCatalog.typeOf(QuarterSnapshotRestated.class));
        assertThat(document.at("/components/schemas/CloudEventHeaders/properties/ce_type/enum").toString())
                .contains(EventCatalog.typeOf(QuarterSnapshotApproved.class),
                        EventCatalog.typeOf(QuarterSnapshotRestated.class));
        JsonNode schema = FeedSchema.document();
        messages.forEach(message -> {
            String ref = message.at("/payload/$ref").asText();
            assertThat(ref).startsWith("../" + FeedSchema.LOCATION + "#");
            assertThat(schema.at(ref.substring(ref.indexOf('#') + 1)).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void theSchemaRefusesASuppressedFigureThatStillCarriesItsNumbersAndAnUnknownField() throws Exception {
        ObjectNode approved = (ObjectNode) new ObjectMapper().readTree("""
                {"snapshotId":"SCHOOL:s-1:2026-Q3","level":"SCHOOL","unitId":"s-1","municipalityId":"mun-1",
                 "regionId":"reg-1","quarter":"2026-Q3","periodStart":"2026-07-01","periodEnd":"2026-09-30",
                 "version":1,"approvedOn":"2026-10-05","figures":[{"code":"MENTORS_PUPILS_15_18",
                 "definitionVersion":1,"name":"Доля","unit":"%","numerator":null,"denominator":null,"value":null,
                 "target":null,"suppressed":true,"previousValue":null,"difference":null,"byForm":null}]}""");
        assertThat(FeedSchema.errors(approved)).isEmpty();

        ObjectNode leaky = approved.deepCopy();
        ((ObjectNode) leaky.at("/figures/0")).put("numerator", 3);
        assertThat(FeedSchema.errors(leaky)).as("a suppressed figure must not carry its count").isNotEmpty();

        ObjectNode named = approved.deepCopy();
        named.put("headName", "Иванова");
        assertThat(FeedSchema.errors(named)).as("nothing outside the contract").isNotEmpty();
    }
}
