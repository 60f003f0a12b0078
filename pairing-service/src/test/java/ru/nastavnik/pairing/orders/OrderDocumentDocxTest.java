package ru.nastavnik.pairing.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The order as DOCX, read back with POI. */
class OrderDocumentDocxTest {

    private final OrderDocuments documents = new OrderDocuments();

    @Test
    void readsAsASchoolOrderFromTheOrganisationToTheSignature() throws IOException {
        try (XWPFDocument docx = read(documents.docx(OrderDrafts.filled()))) {
            List<String> paragraphs = texts(docx);

            assertThat(paragraphs).containsSubsequence(
                    "МБОУ «Гимназия № 2»",
                    "ПРИКАЗ",
                    "«01» сентября 2026 г.\t№ 45-о",
                    "О закреплении наставнических пар (групп)",
                    "В соответствии с Положением о системе наставничества образовательной организации и в целях "
                            + "реализации целевой модели наставничества в 2026/2027 учебном году",
                    "ПРИКАЗЫВАЮ:",
                    "1. Закрепить наставнические пары (группы) на 2026/2027 учебный год согласно приложению "
                            + "к настоящему приказу.",
                    "Директор ____________ / ____________ /",
                    "Приложение",
                    "к приказу от «01» сентября 2026 г. № 45-о",
                    "Наставнические пары (группы) на 2026/2027 учебный год");
            assertThat(paragraphs).filteredOn(p -> p.matches("[1-4]\\. .*")).hasSize(4)
                    .anySatisfy(p -> assertThat(p).startsWith("2. Наставникам разработать")
                            .contains("индивидуальные планы").contains("в течение двух недель"))
                    .anySatisfy(p -> assertThat(p).startsWith("3. Куратору").contains("мониторинг"))
                    .anySatisfy(p -> assertThat(p)
                            .isEqualTo("4. Контроль за исполнением настоящего приказа оставляю за собой."));
            assertThat(paragraphs).doesNotContain(OrderTexts.ORGANISATION_CAPTION, "Пары не выбраны");
            assertThat(paragraph(docx, "МБОУ «Гимназия № 2»").getAlignment().name()).isEqualTo("CENTER");
            assertThat(paragraph(docx, "Приложение").isPageBreak()).isTrue();
        }
    }

    @Test
    void aBlankDraftLeavesLinesToFillIn() throws IOException {
        try (XWPFDocument docx = read(documents.docx(OrderDrafts.blank()))) {
            List<String> paragraphs = texts(docx);

            assertThat(paragraphs).containsSubsequence(
                    "_".repeat(48),
                    "(наименование образовательной организации)",
                    "ПРИКАЗ",
                    "«___» __________ 20__ г.\t№ ____",
                    "О закреплении наставнических пар (групп)",
                    "Приложение",
                    "к приказу от «___» __________ 20__ г. № ____",
                    "Пары не выбраны");
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("в 2026/2027 учебном году"));
            assertThat(docx.getTables()).isEmpty();
        }
    }

    @Test
    void withoutASchoolYearTheYearIsLeftBlank() throws IOException {
        OrderDraft draft = new OrderDraft("Школа № 1", "7", LocalDate.of(2026, 12, 31), null, List.of());
        try (XWPFDocument docx = read(documents.docx(draft))) {
            assertThat(texts(docx))
                    .contains("«31» декабря 2026 г.\t№ 7")
                    .anySatisfy(p -> assertThat(p).endsWith("наставничества в 20__/20__ учебном году"));
        }
    }

    @Test
    void theAppendixTableListsEveryRowInNumberOrder() throws IOException {
        OrderDraft draft = OrderDrafts.filled();
        try (XWPFDocument docx = read(documents.docx(draft))) {
            assertThat(docx.getTables()).hasSize(1);
            XWPFTable table = docx.getTables().get(0);
            assertThat(cells(table.getRow(0))).containsExactly("№ п/п", "Форма наставничества", "Пара / группа",
                    "Наставник", "Наставляемый (наставляемые)", "Срок");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).hasSize(4);

            assertThat(cells(table.getRow(1))).containsExactly("1", "ученик – ученик", "группа", "Иванова Анна",
                    "Петров Пётр\nСидорова Мария\nЁлкин Фёдор", "с 01.09.2026\nпо 25.05.2027");
            assertThat(cells(table.getRow(2))).containsExactly("2", "учитель – учитель", "пара",
                    "Смирнова Ольга Викторовна", "Кузнецов Артём Игоревич", "с 15.09.2026\nпо 31.05.2027");
            assertThat(cells(table.getRow(3))).containsExactly("3", "студент – ученик", "пара", "M-7F3A", "E-12B9",
                    "с 01.09.2026\nпо 31.05.2027");
            // a group's mentees one per line: one paragraph each
            assertThat(table.getRow(1).getCell(4).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("Петров Пётр", "Сидорова Мария", "Ёлкин Фёдор");
        }
    }

    @Test
    void eightyLongRowsAllArriveInOrder() throws IOException {
        List<OrderDraft.Row> rows = OrderDrafts.longRows(80);
        try (XWPFDocument docx = read(documents.docx(OrderDrafts.withRows(rows)))) {
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRows()).hasSize(81);
            List<OrderDraft.Row> sorted = rows.reversed();
            for (int i = 0; i < sorted.size(); i++) {
                assertThat(cells(table.getRow(i + 1))).as("row %d", i + 1)
                        .containsExactlyElementsOf(OrderDrafts.cellTexts(sorted.get(i)));
            }
        }
    }

    @Test
    void namesWithLineBreaksAndTabsStayOnOneLine() throws IOException {
        OrderDraft draft = new OrderDraft(" МБОУ\n«Лицей № 5» ", "3\t-о", OrderDrafts.SEPTEMBER_1, "2026/2027",
                List.of(new OrderDraft.Row(1, "ученик – ученик", false, "Иванова\r\nАнна", List.of("Петров\tПётр"),
                        null, null)));
        try (XWPFDocument docx = read(documents.docx(draft))) {
            assertThat(texts(docx)).contains("МБОУ «Лицей № 5»", "«01» сентября 2026 г.\t№ 3 -о");
            assertThat(cells(docx.getTables().get(0).getRow(1))).containsExactly("1", "ученик – ученик", "пара",
                    "Иванова Анна", "Петров Пётр", "с __.__.____\nпо __.__.____");
        }
    }

    @Test
    void theDocumentIsA4PortraitWithTheTableInsideTheMargins() throws IOException {
        try (XWPFDocument docx = read(documents.docx(OrderDrafts.filled()))) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(new BigInteger(section.getPgSz().getW().toString())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(new BigInteger(section.getPgSz().getH().toString())).isEqualTo(BigInteger.valueOf(16838));
            long textWidth = 11906 - Long.parseLong(section.getPgMar().getLeft().toString())
                    - Long.parseLong(section.getPgMar().getRight().toString());
            long columns = docx.getTables().get(0).getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(column -> Long.parseLong(column.getW().toString())).sum();
            assertThat(columns).isEqualTo(textWidth);
            XWPFTable table = docx.getTables().get(0);
            assertThat(List.of(table.getTopBorderType(), table.getBottomBorderType(), table.getLeftBorderType(),
                    table.getRightBorderType(), table.getInsideHBorderType(), table.getInsideVBorderType()))
                    .containsOnly(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(table.getInsideVBorderSize()).isPositive();
        }
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        assertThat(bytes).isNotEmpty();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** The body's paragraphs, outside the table, in order. */
    private static List<String> texts(XWPFDocument docx) {
        return docx.getBodyElements().stream()
                .filter(XWPFParagraph.class::isInstance)
                .map(XWPFParagraph.class::cast)
                .map(XWPFParagraph::getText)
                .toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Each cell's paragraphs joined by line breaks. */
    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream()
                .map(XWPFTableCell::getParagraphs)
                .map(paragraphs -> String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList()))
                .toList();
    }
}
