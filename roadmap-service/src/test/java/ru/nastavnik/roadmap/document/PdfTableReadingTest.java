package ru.nastavnik.roadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A PDF's table is rebuilt from where its words stand: every hand-checked document printed as a real table (cells
 * wrapped in their columns, the header repeated on each page, page numbers) reads back field by field.
 */
class PdfTableReadingTest {


    static Stream<String> documents() {
        return Stream.of("seeds/000", "seeds/001", "seeds/002", "seeds/003", "seeds/004", "unseen/U1", "unseen/U2",
                "unseen/U3", "unseen/U4", "unseen2/V1", "unseen2/V2", "unseen2/V3");
    }

    @ParameterizedTest(name = "{0} printed as a PDF table")
    @MethodSource("documents")
    void aDocumentPrintedAsAPdfTableIsReadBackFieldByField(String name) {
        JsonNode expected = ExpectedRoadmaps.load(name);
        byte[] pdf = PdfDocuments.tableOf(expected);
        List<String> progress = new ArrayList<>();

        ImportedRoadmap read = new RoadmapDocumentReader().read(DocumentExtraction.rows(pdf,
                (done, of) -> progress.add(done + "/" + of)));

        assertThat(progress.getLast()).as("every page read").matches("(\\d+)/\\1");
        assertThat(read.orderNumber()).isEqualTo("77");
        assertThat(read.sections()).extracting(ImportedRoadmap.Section::title)
                .containsExactlyElementsOf(expected.get("sections").findValuesAsText("title"));
        // a PDF does not say which cells are merged: an empty deadline under a filled one of the same stage is read
        // as a deadline cell merged over both, and said so (seed 001's 6.2 has none of its own)
        List<String> want = new ArrayList<>();
        List<String> inherited = new ArrayList<>();
        String above = "";
        String stage = "";
        for (JsonNode action : expected.get("actions")) {
            String number = action.get("number").asText();
            if (!number.startsWith(stage)) {
                above = "";
                stage = number.substring(0, number.indexOf('.') + 1);
            }
            String deadline = action.get("deadline").asText();
            if (deadline.isEmpty() && !above.isEmpty()) {
                deadline = above;
                inherited.add(number);
            }
            above = deadline;
            want.add(ExpectedRoadmaps.line(number, action.get("title").asText(), deadline,
                    action.get("responsible").asText(), action.get("result").asText()));
        }
        assertThat(ExpectedRoadmaps.actionLines(read)).containsExactlyElementsOf(want);
        read.sections().stream().flatMap(section -> section.actions().stream())
                .filter(action -> inherited.contains(action.number()))
                .forEach(action -> assertThat(action.warnings()).contains("Срок взят из объединённой ячейки этапа"));
    }

    @Test
    void aTableWithADeadlineCellLeftEmptyBelowAndASignatureUnderItKeepsItsRowsApart() {
        byte[] pdf = PdfDocuments.table(List.of("Дорожная карта наставничества на 2026/2027 учебный год"),
                new String[] {"№", "Мероприятие", "Срок", "Ответственный", "Результат"},
                List.of(new String[] {"1. Подготовка"},
                        new String[] {"1.1", "Приказ о назначении куратора программы наставничества", "до 15 сентября",
                                "Директор", "Приказ"},
                        new String[] {"1.2", "Положение о наставничестве", "", "Куратор", "Положение"}),
                List.of("Заместитель директора по УВР                 И.И. Петрова"));

        ImportedRoadmap read = new RoadmapDocumentReader().read(DocumentExtraction.rows(pdf, (done, of) -> { }));

        List<ImportedRoadmap.Action> actions = read.sections().getFirst().actions();
        assertThat(actions).extracting(ImportedRoadmap.Action::number).containsExactly("1.1", "1.2");
        assertThat(actions.get(0).title()).isEqualTo("Приказ о назначении куратора программы наставничества");
        assertThat(actions.get(1).deadline()).isEqualTo("до 15 сентября");
        assertThat(actions.get(1).confidence().get("deadline")).isLessThan(0.8);
        assertThat(actions.get(1).result()).as("the signature is not in the last row").isEqualTo("Положение");
    }
}
