package ru.nastavnik.pairing.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.orders.PdfLayout.squeeze;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The order as PDF, read back with PDFBox's PDFTextStripper, text and glyph positions. */
class OrderDocumentPdfTest {

    private static final float MM = 72 / 25.4f;
    /** The least margins of a Russian organisational document (ГОСТ Р 7.0.97-2016): 20, 10, 20, 20 mm. */
    private static final float LEAST_LEFT = 20 * MM;
    private static final float LEAST_RIGHT = 10 * MM;
    private static final float LEAST_TOP = 20 * MM;
    private static final float LEAST_BOTTOM = 20 * MM;
    private static final List<String> HEADERS = List.of("№ п/п", "Форма наставничества", "Пара / группа",
            "Наставник", "Наставляемый (наставляемые)", "Срок");

    private final OrderDocuments documents = new OrderDocuments();
    private final float[] edges = PdfOrderWriter.columnEdges();

    @Test
    void theOrderReadsInRussianFromTheOrganisationToTheAppendix() throws IOException {
        PdfLayout pdf = new PdfLayout(documents.pdf(OrderDrafts.filled()));

        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(pdf.page(1).lines()).anySatisfy(line -> assertThat(line)
                .matches("«01» сентября 2026 г\\.\\s+№ 45-о"));
        assertInOrder(pdf.text(),
                "МБОУ «Гимназия № 2»",
                "ПРИКАЗ",
                "«01» сентября 2026 г.",
                "№ 45-о",
                "О закреплении наставнических пар (групп)",
                "В соответствии с Положением о системе наставничества",
                "в целях реализации целевой модели наставничества в 2026/2027 учебном году",
                "ПРИКАЗЫВАЮ:",
                "1. Закрепить наставнические пары (группы) на 2026/2027 учебный год согласно приложению",
                "2. Наставникам разработать",
                "индивидуальные планы",
                "в течение двух недель",
                "3. Куратору программы наставничества обеспечить",
                "мониторинг",
                "4. Контроль за исполнением настоящего приказа оставляю за собой.",
                "Директор ____________ / ____________ /",
                "Приложение",
                "к приказу от «01» сентября 2026 г. № 45-о",
                "Наставнические пары (группы) на 2026/2027 учебный год",
                "№",
                "Наставник");
        assertThat(pdf.page(1)).doesNotContain("Приложение", "Наставляемый");
        assertThat(pdf.text()).doesNotContain("Пары не выбраны", "наименование образовательной организации", "?");
    }

    @Test
    void aBlankDraftLeavesLinesToFillIn() throws IOException {
        PdfLayout pdf = new PdfLayout(documents.pdf(OrderDrafts.blank()));

        assertThat(pdf.page(1).lines()).anySatisfy(line -> assertThat(line)
                .matches("«___» __________ 20__ г\\.\\s+№ ____"));
        assertInOrder(pdf.text(),
                "_".repeat(48),
                "(наименование образовательной организации)",
                "ПРИКАЗ",
                "О закреплении наставнических пар (групп)",
                "наставничества в 2026/2027 учебном году",
                "Приложение",
                "к приказу от «___» __________ 20__ г. № ____",
                "Пары не выбраны");
        assertThat(pdf.text()).doesNotContain("Наставляемый");
        assertThat(pdf.tableGlyphs(2)).isEmpty();
    }

    @Test
    void theTableHasEveryRowsCellsInTheirColumnsInNumberOrder() throws IOException {
        OrderDraft draft = OrderDrafts.filled();
        PdfLayout pdf = new PdfLayout(documents.pdf(draft));

        assertThat(body(pdf, 2, 0)).containsExactly("1", "2", "3");
        assertThat(body(pdf, 2, 2)).containsExactly("группа", "пара", "пара");
        assertThat(squeeze(String.join("", body(pdf, 2, 1))))
                .isEqualTo(squeeze("ученик – ученик учитель – учитель студент – ученик"));
        assertThat(squeeze(String.join("", body(pdf, 2, 3))))
                .isEqualTo(squeeze("Иванова Анна Смирнова Ольга Викторовна M-7F3A"));
        // a group's mentees one per line, then the next rows' mentees
        assertThat(body(pdf, 2, 4)).startsWith("ПетровПётр", "СидороваМария", "ЁлкинФёдор");
        assertThat(squeeze(String.join("", body(pdf, 2, 4))))
                .isEqualTo(squeeze("Петров Пётр Сидорова Мария Ёлкин Фёдор Кузнецов Артём Игоревич E-12B9"));
        assertThat(body(pdf, 2, 5)).containsExactly("с01.09.2026", "по25.05.2027", "с15.09.2026", "по31.05.2027",
                "с01.09.2026", "по31.05.2027");
        // a row reads across: its cells' first lines share a baseline
        assertThat(pdf.page(2).lines()).anySatisfy(line -> assertThat(line)
                .matches("1\\s+ученик.*группа\\s+Иванова Анна\\s+Петров Пётр\\s+с 01\\.09\\.2026.*"));
    }

    @Test
    void eightyRowsWithLongNamesFlowAcrossPagesUnderARepeatedHeader() throws IOException {
        List<OrderDraft.Row> rows = OrderDrafts.longRows(80);
        PdfLayout pdf = new PdfLayout(documents.pdf(OrderDrafts.withRows(rows)));
        List<OrderDraft.Row> sorted = rows.reversed();

        assertThat(pdf.pageCount()).isGreaterThanOrEqualTo(5);
        List<Integer> tablePages = IntStream.rangeClosed(1, pdf.pageCount())
                .filter(page -> !pdf.tableGlyphs(page).isEmpty()).boxed().toList();
        assertThat(tablePages).isEqualTo(IntStream.rangeClosed(2, pdf.pageCount()).boxed().toList());
        for (int page : tablePages) {
            assertThat(pdf.page(page)).contains("Форма", "Наставляемый", "Срок");
        }

        List<String> numbers = new ArrayList<>();
        for (int page : tablePages) {
            numbers.addAll(body(pdf, page, 0));
        }
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 80).mapToObj(Integer::toString).toList());
        for (int column = 1; column < HEADERS.size(); column++) {
            StringBuilder actual = new StringBuilder();
            for (int page : tablePages) {
                actual.append(squeeze(String.join("", body(pdf, page, column))));
            }
            int c = column;
            String expected = squeeze(String.join("", sorted.stream()
                    .map(row -> OrderDrafts.cellTexts(row).get(c)).toList()));
            assertThat(actual.toString()).as("column %d", column).isEqualTo(expected);
        }
        assertInsideThePage(pdf);
        assertInsideTheCells(pdf, tablePages);
    }

    @Test
    void aGroupTallerThanAPageContinuesUnderTheHeaderOnTheNextPage() throws IOException {
        List<String> mentees = IntStream.rangeClosed(1, 90).mapToObj(i -> "Наставляемый Номер " + i).toList();
        OrderDraft draft = OrderDrafts.withRows(List.of(
                new OrderDraft.Row(1, "ученик – ученик", false, "Первый Наставник", List.of("Первый Наставляемый"),
                        OrderDrafts.SEPTEMBER_1, OrderDrafts.MAY_31),
                new OrderDraft.Row(2, "учитель – учитель", true, "Большая Группа", mentees,
                        OrderDrafts.SEPTEMBER_1, OrderDrafts.MAY_31),
                new OrderDraft.Row(3, "ученик – ученик", false, "Последний Наставник", List.of("Последний"),
                        OrderDrafts.SEPTEMBER_1, OrderDrafts.MAY_31)));
        PdfLayout pdf = new PdfLayout(documents.pdf(draft));

        assertThat(pdf.pageCount()).isGreaterThanOrEqualTo(3);
        List<String> lines = new ArrayList<>();
        for (int page = 2; page <= pdf.pageCount(); page++) {
            lines.addAll(body(pdf, page, 4));
        }
        List<String> expected = new ArrayList<>();
        expected.add("ПервыйНаставляемый");
        mentees.forEach(mentee -> expected.add(squeeze(mentee)));
        expected.add("Последний");
        assertThat(lines).isEqualTo(expected);
        assertInsideThePage(pdf);
        assertInsideTheCells(pdf, IntStream.rangeClosed(2, pdf.pageCount()).boxed().toList());
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkInsteadOfFailing() throws IOException {
        OrderDraft draft = OrderDrafts.withRows(List.of(new OrderDraft.Row(1, "ученик – ученик", false,
                "Ли 李", List.of("Иванов\nИван\tИванович"), null, null)));
        PdfLayout pdf = new PdfLayout(documents.pdf(draft));

        assertThat(pdf.text()).contains("Ли ?", "Иванов Иван Иванович", "с __.__.____", "по __.__.____");
    }

    @Test
    void headerWordsAreNeverBrokenAcrossLines() throws IOException {
        PdfLayout pdf = new PdfLayout(documents.pdf(OrderDrafts.filled()));

        for (int column = 0; column < HEADERS.size(); column++) {
            List<String> words = List.of(HEADERS.get(column).split(" "));
            List<String> lines = pdf.columnLines(2, edges, column);
            List<String> headerWords = new ArrayList<>();
            for (String line : lines) {
                if (headerWords.size() == words.size()) {
                    break;
                }
                headerWords.addAll(List.of(line.strip().split("\\s+")));
            }
            assertThat(headerWords).as("header of column %d", column).isEqualTo(words);
        }
    }

    /** Every glyph within the least margins of an official document: nothing is cut off or runs past the edge. */
    private static void assertInsideThePage(PdfLayout pdf) {
        assertThat(pdf.glyphs()).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.x()).as("left of %s", glyph).isGreaterThanOrEqualTo(LEAST_LEFT);
            assertThat(glyph.right()).as("right of %s", glyph).isLessThanOrEqualTo(glyph.pageWidth() - LEAST_RIGHT);
            assertThat(glyph.baseline() - glyph.size()).as("top of %s", glyph).isGreaterThanOrEqualTo(LEAST_TOP - 0.5f);
            assertThat(glyph.baseline()).as("bottom of %s", glyph)
                    .isLessThanOrEqualTo(glyph.pageHeight() - LEAST_BOTTOM);
        });
    }

    /** Every glyph of the table inside its column, clear of the borders: long texts wrap inside their cells. */
    private void assertInsideTheCells(PdfLayout pdf, List<Integer> tablePages) {
        assertThat(edges[0]).isGreaterThanOrEqualTo(LEAST_LEFT);
        for (int page : tablePages) {
            assertThat(pdf.tableGlyphs(page)).isNotEmpty().allSatisfy(glyph -> {
                int column = PdfLayout.columnOf(glyph, edges);
                assertThat(column).as("column of %s", glyph).isNotNegative();
                assertThat(glyph.x()).as("left of %s", glyph).isGreaterThanOrEqualTo(edges[column] + 1);
                assertThat(glyph.right()).as("right of %s", glyph).isLessThanOrEqualTo(edges[column + 1] - 1);
            });
        }
    }

    /** A column's lines on a page without the header's lines (checked to be there), whitespace squeezed out. */
    private List<String> body(PdfLayout pdf, int page, int column) {
        List<String> lines = pdf.columnLines(page, edges, column).stream().map(PdfLayout::squeeze).toList();
        String header = squeeze(HEADERS.get(column));
        StringBuilder seen = new StringBuilder();
        int i = 0;
        while (i < lines.size() && seen.length() < header.length()) {
            seen.append(lines.get(i++));
        }
        assertThat(seen.toString()).as("header of column %d on page %d", column, page).isEqualTo(header);
        return lines.subList(i, lines.size()).stream().filter(line -> !line.isEmpty()).toList();
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("«%s» after position %d in: %s", part, from, text).isNotNegative();
            from = at + part.length();
        }
    }
}
