package ru.nastavnik.pairing.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The order as a PDF: A4 portrait, margins 30/15/20/20 mm, DejaVu Serif; the appendix on its own page, its table
 * flowing across pages with the header row repeated, long texts wrapped inside their cells.
 */
final class PdfOrderWriter {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MM = 72 / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float TEXT_WIDTH = PAGE.getWidth() - LEFT - RIGHT;
    private static final float SIZE = 12;
    private static final float LEADING = 15;
    private static final float INDENT = 12.5f * MM;
    /** Shares of the text width per column: № п/п, форма, пара / группа, наставник, наставляемые, срок. */
    private static final float[] SHARES = {0.06f, 0.19f, 0.10f, 0.21f, 0.26f, 0.18f};
    private static final float CELL_SIZE = 9;
    private static final float CELL_LEADING = 11;
    private static final float PAD_X = 3;
    private static final float PAD_Y = 2.5f;
    private static final char MISSING = '?';

    private PdfOrderWriter() {
    }

    static void write(OrderDraft draft, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle("Приказ " + OrderTexts.TITLE.toLowerCase(Locale.ROOT));
            new Layout(document).render(draft);
            document.save(out);
        }
    }

    /** The table's columns in points, whole numbers but the last, which takes what is left of the text width. */
    private static float[] columnWidths() {
        float[] columns = new float[SHARES.length];
        float used = 0;
        for (int i = 0; i < SHARES.length - 1; i++) {
            columns[i] = Math.round(TEXT_WIDTH * SHARES[i]);
            used += columns[i];
        }
        columns[SHARES.length - 1] = TEXT_WIDTH - used;
        return columns;
    }

    /** The x of every column's left border and of the last column's right one, from the page's left edge. */
    static float[] columnEdges() {
        float[] columns = columnWidths();
        float[] edges = new float[columns.length + 1];
        edges[0] = LEFT;
        for (int i = 0; i < columns.length; i++) {
            edges[i + 1] = edges[i] + columns[i];
        }
        return edges;
    }

    private enum Align { LEFT, CENTER, RIGHT }

    /** A cursor down the page that starts a new page when the next block does not fit. */
    private static final class Layout {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PDType0Font cell;
        private final PDType0Font cellBold;
        private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private final float[] columns = columnWidths();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            this.regular = font("DejaVuSerif.ttf");
            this.bold = font("DejaVuSerif-Bold.ttf");
            this.cell = font("DejaVuSerifCondensed.ttf");
            this.cellBold = font("DejaVuSerifCondensed-Bold.ttf");
        }

        private PDType0Font font(String file) throws IOException {
            try (InputStream in = PdfOrderWriter.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IOException("Font " + file + " is not on the classpath");
                }
                return PDType0Font.load(document, in);
            }
        }

        void render(OrderDraft draft) throws IOException {
            newPage();
            order(draft);
            newPage();
            appendix(draft);
            content.close();
        }

        private void order(OrderDraft draft) throws IOException {
            if (OrderTexts.blankOrganisation(draft)) {
                paragraph(OrderTexts.BLANK_ORGANISATION, regular, SIZE, Align.CENTER, 0, 0);
                paragraph(OrderTexts.ORGANISATION_CAPTION, regular, 8, Align.CENTER, 0, 12);
            } else {
                paragraph(OrderTexts.organisation(draft), bold, SIZE, Align.CENTER, 0, 12);
            }
            paragraph(OrderTexts.ORDER, bold, 14, Align.CENTER, 0, 12);
            dateLine(draft);
            paragraph(OrderTexts.TITLE, bold, SIZE, Align.LEFT, 0, 12);
            paragraph(OrderTexts.preamble(draft), regular, SIZE, Align.LEFT, INDENT, 6);
            paragraph(OrderTexts.DIRECTIVE, bold, SIZE, Align.LEFT, 0, 6);
            for (String item : OrderTexts.items(draft)) {
                paragraph(item, regular, SIZE, Align.LEFT, INDENT, 0);
            }
            y -= 3 * LEADING;
            paragraph(OrderTexts.SIGNATURE, regular, SIZE, Align.LEFT, 0, 0);
        }

        private void dateLine(OrderDraft draft) throws IOException {
            String date = printable(regular, OrderTexts.date(draft));
            String number = printable(regular, OrderTexts.number(draft));
            float numberWidth = width(regular, SIZE, number);
            if (width(regular, SIZE, date) + numberWidth + 2 * SIZE > TEXT_WIDTH) {
                paragraph(date, regular, SIZE, Align.LEFT, 0, 0);
                paragraph(number, regular, SIZE, Align.RIGHT, 0, 12);
                return;
            }
            ensure(LEADING);
            show(date, regular, SIZE, LEFT, y - SIZE);
            show(number, regular, SIZE, LEFT + TEXT_WIDTH - numberWidth, y - SIZE);
            y -= LEADING + 12;
        }

        private void appendix(OrderDraft draft) throws IOException {
            paragraph(OrderTexts.APPENDIX, regular, SIZE, Align.RIGHT, 0, 0);
            paragraph(OrderTexts.appendixReference(draft), regular, SIZE, Align.RIGHT, 0, 12);
            paragraph(OrderTexts.appendixTitle(draft), bold, SIZE, Align.CENTER, 0, 12);
            List<OrderDraft.Row> rows = OrderTexts.sortedRows(draft);
            if (rows.isEmpty()) {
                paragraph(OrderTexts.NO_PAIRS, regular, SIZE, Align.LEFT, 0, 0);
                return;
            }
            List<List<String>> header = wrapCells(OrderTexts.HEADERS.stream().map(List::of).toList(), cellBold);
            List<List<List<String>>> body = new ArrayList<>();
            for (OrderDraft.Row row : rows) {
                body.add(wrapCells(OrderTexts.cells(row), cell));
            }
            float headerHeight = height(lines(header));
            int freshPageLines = (int) ((PAGE.getHeight() - TOP - BOTTOM - headerHeight - 2 * PAD_Y) / CELL_LEADING);
            ensure(headerHeight + height(Math.min(lines(body.get(0)), freshPageLines)));
            segment(header, 0, lines(header), cellBold);
            boolean rowsOnPage = false;
            for (List<List<String>> row : body) {
                int total = lines(row);
                int done = 0;
                while (done < total) {
                    int fit = (int) ((y - BOTTOM - 2 * PAD_Y) / CELL_LEADING);
                    int remaining = total - done;
                    if (remaining <= fit) {
                        segment(row, done, total, cell);
                        done = total;
                        rowsOnPage = true;
                    } else if ((rowsOnPage && remaining <= freshPageLines) || fit < 1) {
                        newPage();
                        segment(header, 0, lines(header), cellBold);
                        rowsOnPage = false;
                    } else {
                        // a row taller than a whole page: what fits here, the rest under the header on the next
                        segment(row, done, done + fit, cell);
                        done += fit;
                        newPage();
                        segment(header, 0, lines(header), cellBold);
                        rowsOnPage = false;
                    }
                }
            }
        }

        private List<List<String>> wrapCells(List<List<String>> cells, PDType0Font font) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                List<String> lines = new ArrayList<>();
                for (String paragraph : cells.get(i)) {
                    lines.addAll(wrap(printable(font, paragraph), font, CELL_SIZE, columns[i] - 2 * PAD_X,
                            columns[i] - 2 * PAD_X));
                }
                wrapped.add(lines);
            }
            return wrapped;
        }

        private static int lines(List<List<String>> cells) {
            return cells.stream().mapToInt(List::size).max().orElse(1);
        }

        private static float height(int lines) {
            return lines * CELL_LEADING + 2 * PAD_Y;
        }

        /** Lines {@code from} (inclusive) to {@code to} (exclusive) of every cell of a row, boxed. */
        private void segment(List<List<String>> cells, int from, int to, PDType0Font font) throws IOException {
            float height = height(to - from);
            float x = LEFT;
            for (int i = 0; i < cells.size(); i++) {
                List<String> lines = cells.get(i);
                boolean centred = font == cellBold || i == 0 || i == 2;
                for (int line = from; line < Math.min(to, lines.size()); line++) {
                    String text = lines.get(line);
                    float textWidth = width(font, CELL_SIZE, text);
                    float left = centred ? x + (columns[i] - textWidth) / 2 : x + PAD_X;
                    show(text, font, CELL_SIZE, left, y - PAD_Y - CELL_SIZE - (line - from) * CELL_LEADING);
                }
                content.setLineWidth(0.5f);
                content.addRect(x, y - height, columns[i], height);
                content.stroke();
                x += columns[i];
            }
            y -= height;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - TOP;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void paragraph(String text, PDType0Font font, float size, Align align, float indent,
                               float spaceAfter) throws IOException {
            float leading = size * LEADING / SIZE;
            String printable = printable(font, text);
            boolean first = true;
            for (String line : wrap(printable, font, size, TEXT_WIDTH - indent, TEXT_WIDTH)) {
                ensure(leading);
                float lineWidth = width(font, size, line);
                float x = switch (align) {
                    case LEFT -> LEFT + (first ? indent : 0);
                    case CENTER -> LEFT + (TEXT_WIDTH - lineWidth) / 2;
                    case RIGHT -> LEFT + TEXT_WIDTH - lineWidth;
                };
                show(line, font, size, x, y - size);
                y -= leading;
                first = false;
            }
            y -= spaceAfter;
        }

        private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        /** The text with every character the font has no glyph for replaced, so that PDFBox never refuses it. */
        private String printable(PDType0Font font, String text) {
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                    out.append(' ');
                } else if (known.computeIfAbsent(codePoint, c -> encodable(font, c))) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append(MISSING);
                }
            });
            return out.toString();
        }

        private static boolean encodable(PDType0Font font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private static float width(PDType0Font font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Lines of at most the given widths (the first line's, then the others'): breaks between words, and inside
         * a word too long for a line (after a hyphen when there is one).
         */
        private static List<String> wrap(String text, PDType0Font font, float size, float firstWidth, float width)
                throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split(" +")) {
                String rest = word;
                while (!rest.isEmpty()) {
                    float limit = lines.isEmpty() ? firstWidth : width;
                    String candidate = line.isEmpty() ? rest : line + " " + rest;
                    if (width(font, size, candidate) <= limit) {
                        line.setLength(0);
                        line.append(candidate);
                        rest = "";
                    } else if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else {
                        int cut = cut(rest, font, size, limit);
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** Where to cut a word wider than the line: after its last fitting hyphen, or after its last fitting char. */
        private static int cut(String word, PDType0Font font, float size, float width) throws IOException {
            int fits = word.offsetByCodePoints(0, 1);
            while (fits < word.length()) {
                int next = word.offsetByCodePoints(fits, 1);
                if (width(font, size, word.substring(0, next)) > width) {
                    break;
                }
                fits = next;
            }
            int hyphen = word.lastIndexOf('-', fits - 1);
            return hyphen > 0 ? hyphen + 1 : fits;
        }
    }
}
