package ru.nastavnik.roadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each document with a hand-checked expected result is imported and compared field by field: number, title,
 * deadline, responsible, result of every action. The accuracy is printed; the goal is at least 98% of the fields on
 * every document, and no action lost or invented. {@code seeds/} are the five real documents the issue names;
 * {@code unseen/} were written by someone who had not read the importer, in the layouts schools use (the first
 * reading of them found the general faults since mended: see the notes).
 */
class SeedImportAccuracyTest {

    private static final String[] FIELDS = {"number", "title", "deadline", "responsible", "result"};
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> seedsWithExpectedResults() {
        return Stream.of("seeds/000", "seeds/001", "seeds/002", "seeds/003", "seeds/004",
                "unseen/U1", "unseen/U2", "unseen/U3", "unseen/U4", "unseen2/V1", "unseen2/V2", "unseen2/V3");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedImportAccuracyTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedsWithExpectedResults")
    void everyActionOfTheSeedIsReadFieldByField(String seed) throws IOException {
        JsonNode expected = JSON.readTree(resource("/" + seed + ".expected.json"));
        ImportedRoadmap imported = new RoadmapDocumentReader().read(resource("/" + seed.substring(0, seed.indexOf('/') + 1)
                + expected.get("seed").asText()));
        List<ImportedRoadmap.Action> actions = imported.sections().stream()
                .flatMap(section -> section.actions().stream()).toList();

        int fields = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        JsonNode expectedActions = expected.get("actions");
        for (int i = 0; i < expectedActions.size(); i++) {
            JsonNode want = expectedActions.get(i);
            ImportedRoadmap.Action got = i < actions.size() ? actions.get(i) : null;
            for (String field : FIELDS) {
                fields++;
                String value = got == null ? null : switch (field) {
                    case "number" -> got.number();
                    case "title" -> got.title();
                    case "deadline" -> got.deadline();
                    case "responsible" -> got.responsible();
                    default -> got.result();
                };
                if (want.get(field).asText().equals(value)) {
                    right++;
                } else {
                    wrong.add(want.get("number").asText() + " " + field + ": ждали «" + want.get(field).asText()
                            + "», прочитано «" + value + "»");
                }
            }
        }
        double accuracy = 100.0 * right / fields;
        System.out.printf("%s: %d actions expected, %d read; %d of %d fields right (%.1f%%)%n", seed,
                expectedActions.size(), actions.size(), right, fields, accuracy);
        wrong.forEach(line -> System.out.println("  " + line));

        assertThat(actions).as("no action lost or invented").hasSize(expectedActions.size());
        assertThat(accuracy).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(98.0);
        JsonNode header = expected.get("header");
        assertThat(imported.title()).isEqualTo(header.get("title").asText());
        assertThat(imported.period()).isEqualTo(header.get("period").asText());
        assertThat(imported.organisation()).isEqualTo(header.get("organisation").asText());
        assertThat(imported.orderNumber()).isEqualTo(header.path("orderNumber").asText(null));
        assertThat(String.valueOf(imported.orderDate())).isEqualTo(header.path("orderDate").asText("null"));
        assertThat(imported.sections()).extracting(ImportedRoadmap.Section::number)
                .containsExactlyElementsOf(expected.get("sections").findValuesAsText("number"));
        assertThat(imported.sections()).extracting(ImportedRoadmap.Section::title)
                .containsExactlyElementsOf(expected.get("sections").findValuesAsText("title"));
    }
}
