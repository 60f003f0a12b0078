package ru.nastavnik.roadmap.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** PDFs with a text layer, written the way a school's export writes them, for the importer's tests. */
public final class PdfDocuments {

    private static final int LINES_A_PAGE = 50;

    private PdfDocuments() {
    }

    /** One list of lines a page. */
    public static byte[] pages(List<List<String>> pages) {
        try (PDDocument document = new PDDocument();
             InputStream fontFile = PdfDocuments.class
                     .getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(40, 750);
                    for (String line : lines) {
                        content.showText(line.replace("\t", "    "));
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hand-checked expected result (seeds/NNN.expected.json) laid out as a real PDF table on landscape pages, the
     * way a word processor prints it: the approval and the title above, the header row repeated on every page,
     * a stage's heading across the table, each cell's text wrapped inside its column, a page number at the bottom.
     */
    public static byte[] tableOf(com.fasterxml.jackson.databind.JsonNode expected) {
        List<String[]> rows = ExpectedRoadmaps.tableRows(expected);
        return table(List.of("УТВЕРЖДЕНА приказом директора от 01.09.2026 № 77",
                "Дорожная карта программы наставничества на 2026/2027 учебный год"),
                new String[] {"№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"}, rows, List.of());
    }

    /** A printed table with the text above and below it; a row of one cell is a heading across the table. */
    public static byte[] table(List<String> above, String[] heading, List<String[]> rows, List<String> below) {
        return new TableLayout().print(above, heading, rows, below);
    }

    /** A table printed on landscape pages with PDFBox: cells wrapped to their columns, rows kept whole on a page. */
    private static final class TableLayout {

        private static final float[] COLUMNS = {30, 75, 370, 500, 640};
        private static final float RIGHT = 812;
        private static final float PADDING = 5;
        private static final float SIZE = 8;
        private static final float LEADING = 10;
        private static final float TOP = 560;
        private static final float BOTTOM = 50;

        private PDDocument document;
        private PDType0Font font;
        private PDPageContentStream content;
        private float y;
        private int pages;

        byte[] print(List<String> above, String[] heading, List<String[]> rows, List<String> below) {
            try (PDDocument pdf = new PDDocument();
                 InputStream fontFile = PdfDocuments.class
                         .getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
                document = pdf;
                font = PDType0Font.load(pdf, fontFile);
                newPage();
                for (String line : above) {
                    write(COLUMNS[0], y, line);
                    y -= LEADING * 1.5f;
                }
                y -= LEADING;
                row(heading);
                for (String[] row : rows) {
                    if (y - height(row) < BOTTOM) {
                        finishPage();
                        newPage();
                        row(heading);
                    }
                    row(row);
                }
                y -= LEADING * 3;
                for (String line : below) {
                    write(COLUMNS[0], y, line);
                    y -= LEADING * 1.5f;
                }
                finishPage();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(842, 595));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
            pages++;
        }

        private void finishPage() throws IOException {
            write(421, 25, Integer.toString(pages));
            content.close();
        }

        private float height(String[] row) throws IOException {
            int lines = 1;
            for (int i = 0; i < row.length; i++) {
                lines = Math.max(lines, wrap(row[i], width(i, row.length)).size());
            }
            return lines * LEADING + 2 * PADDING;
        }

        private float width(int column, int cells) {
            float end = cells == 1 || column + 1 >= COLUMNS.length ? RIGHT : COLUMNS[column + 1];
            return end - COLUMNS[column] - 2 * PADDING;
        }

        private void row(String[] row) throws IOException {
            float height = height(row);
            for (int i = 0; i < row.length; i++) {
                float lineY = y - PADDING - SIZE;
                for (String line : wrap(row[i], width(i, row.length))) {
                    write(COLUMNS[i] + PADDING, lineY, line);
                    lineY -= LEADING;
                }
            }
            y -= height;
        }

        private List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new java.util.ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * SIZE > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void write(float x, float atY, String text) throws IOException {
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }
    }

    /** A text's non-blank lines laid out {@value #LINES_A_PAGE} to a page. */
    public static byte[] ofText(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        List<List<String>> pages = new java.util.ArrayList<>();
        for (int from = 0; from < lines.size(); from += LINES_A_PAGE) {
            pages.add(lines.subList(from, Math.min(lines.size(), from + LINES_A_PAGE)));
        }
        return pages(pages);
    }
}
