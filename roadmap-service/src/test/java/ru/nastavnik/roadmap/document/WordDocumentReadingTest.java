package ru.nastavnik.roadmap.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Word documents are read as tables: cells stay cells, merged cells are known as merged, automatic numbers count. */
class WordDocumentReadingTest {

    private final RoadmapDocumentReader reader = new RoadmapDocumentReader();

    static Stream<String> seeds() {
        return Stream.of("000", "001", "002", "003", "004");
    }

    private ImportedRoadmap read(byte[] docx) {
        List<String> progress = new ArrayList<>();
        ImportedRoadmap read = reader.read(DocumentExtraction.rows(docx, (done, of) -> progress.add(done + "/" + of)));
        assertThat(progress).as("a Word document is one step").containsExactly("0/1", "1/1");
        return read;
    }

    /** Each seed's hand-checked content typed into a Word table as a school would have it: read back whole. */
    @ParameterizedTest(name = "seed {0} as a Word table")
    @MethodSource("seeds")
    void aSeedWrittenAsAWordTableIsReadBackFieldByField(String seed) {
        JsonNode expected = ExpectedRoadmaps.load("seeds/" + seed);
        WordDocuments word = WordDocuments.ofExpected(expected);

        ImportedRoadmap read = read(word.bytes());

        assertThat(read.orderNumber()).isEqualTo("77");
        assertThat(read.orderDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(read.period()).isEqualTo("2026/2027");
        assertThat(read.sections()).extracting(ImportedRoadmap.Section::title)
                .containsExactlyElementsOf(expected.get("sections").findValuesAsText("title"));
        assertThat(ExpectedRoadmaps.actionLines(read)).containsExactlyElementsOf(ExpectedRoadmaps.actionLines(expected));
    }

    @Test
    void mergedCellsAndWordsOwnNumberingAreReadAsWordShowsThem() {
        byte[] docx = new WordDocuments()
                .paragraph("План мероприятий по наставничеству на 2026/2027 учебный год")
                .table("№", "Мероприятие", "Срок", "Ответственный", "Результат")
                .secondLevelStartsAt(3) // numbers no count of rows would give: they come from Word's numbering
                .autoNumberedRow(0, "", "Подготовка", "", "", "")
                .autoNumberedRow(1, "", "Приказ о кураторе", "до 15 сентября", "Директор", "Приказ")
                .autoNumberedRow(1, "", "Положение о наставничестве", null, null, "Положение")
                .autoNumberedRow(1, "", "Страница на сайте", "", "Администратор сайта", "")
                .bytes();

        ImportedRoadmap read = read(docx);

        assertThat(read.sections()).extracting(ImportedRoadmap.Section::title).containsExactly("Подготовка");
        List<ImportedRoadmap.Action> actions = read.sections().getFirst().actions();
        assertThat(actions).extracting(ImportedRoadmap.Action::number).containsExactly("1.3", "1.4", "1.5");
        assertThat(actions).allSatisfy(action -> assertThat(action.confidence().get("number")).isEqualTo(1.0));
        assertThat(actions.get(1).deadline()).as("merged down from the row above").isEqualTo("до 15 сентября");
        assertThat(actions.get(1).responsible()).isEqualTo("Директор");
        assertThat(actions.get(1).warnings()).contains("Срок взят из объединённой ячейки этапа");
        assertThat(actions.get(2).deadline()).as("an empty cell that is not merged stays empty").isEmpty();
        assertThat(actions.get(2).result()).isEmpty();
    }

    @Test
    void anOldBinaryWordFileIsRefusedWithWhatToDo() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThatThrownBy(() -> DocumentExtraction.rows(doc, (done, of) -> { }))
                .hasMessage("Старый формат Word (.doc) не читается: сохраните документ как DOCX или PDF");
        assertThatThrownBy(() -> DocumentExtraction.rows(new byte[] {'P', 'K', 3, 4, 0, 0}, (done, of) -> { }))
                .hasMessage("Файл не читается как документ Word (DOCX)");
    }
}
