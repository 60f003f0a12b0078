package ru.nastavnik.roadmap.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's table rebuilt from where its words stand on the page. Words are grouped into lines by their height on
 * the page and into pieces of text by the gaps between them; the header row (the line that names «мероприятия»,
 * «сроки», «ответственные»…) gives where each column begins, every piece goes to the column it starts in, and a
 * table row begins where the first column starts a number («1.2», «II.», «Этап 3»). A heading merged across the
 * table is one piece running over the columns. The header repeated on the next pages and page numbers are left out.
 * When no header row is found the document is not a table to rebuild, and its text is read as lines instead.
 */
final class PdfTable {

    /** Consecutive words closer than this many font sizes are one piece of text; farther apart, two cells. */
    private static final float CELL_GAP_IN_FONT_SIZES = 0.6f;
    private static final float SAME_COLUMN_TOLERANCE = 3f;
    /** Lines of one table sit closer than this many font sizes; the text under the table stands farther off. */
    private static final float ROWS_APART_IN_FONT_SIZES = 2.5f;
    private static final Pattern ROW_START = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,3})*\\.?|" + RoadmapDocumentReader.ROMAN_NUMERAL + "\\.|"
                    + RoadmapDocumentReader.STAGE_WORD + ")(?:\\s|$)");

    private PdfTable() {
    }

    record Piece(String text, float x, float endX) {
    }

    record Line(int page, float y, float size, List<Piece> pieces) {
        String text() {
            return String.join(" ", pieces.stream().map(Piece::text).toList());
        }
    }

    /**
     * The table's rows, preceded by the text above it and followed by the text below it; a document without a
     * header row is its text, line by line, each page's end marked.
     */
    static DocumentRows read(PDDocument document, DocumentExtraction.Progress progress) throws IOException {
        List<Line> lines = lines(document, progress);
        if (lines.isEmpty()) {
            throw new UnreadableDocumentException("В PDF нет текстового слоя (похоже на скан): распознайте текст и загрузите снова");
        }
        List<List<String>> table = table(lines);
        return new DocumentRows(table != null ? table : DocumentText.rows(text(lines)), false);
    }

    private static String text(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && lines.get(i).page() != lines.get(i - 1).page()) {
                text.append('\f').append('\n');
            }
            text.append(lines.get(i).text()).append('\n');
        }
        return text.toString();
    }

    private static List<List<String>> table(List<Line> lines) {
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            Map<RoadmapDocumentReader.Column, Integer> named = RoadmapDocumentReader.columnsOf(
                    lines.get(i).pieces().stream().map(Piece::text).toList());
            if (named.containsKey(RoadmapDocumentReader.Column.TITLE) && named.size() >= 2) {
                header = i;
            }
        }
        if (header < 0) {
            return null;
        }
        int body = header + 1;
        List<Float> columns = columnStarts(lines.subList(header, body));
        while (body < lines.size() && !startsRow(lines.get(body), columns) && !isColumnNumbering(lines.get(body))) {
            body++; // the header's cells wrapped over more lines
            columns = columnStarts(lines.subList(header, body));
        }
        List<String> headingRow = cells(lines.subList(header, body), columns);
        int lastRowStart = body;
        for (int i = body; i < lines.size(); i++) {
            if (startsRow(lines.get(i), columns)) {
                lastRowStart = i;
            }
        }

        List<List<String>> rows = new ArrayList<>();
        for (Line above : lines.subList(0, header)) {
            rows.add(new ArrayList<>(List.of(above.text())));
        }
        rows.add(headingRow);
        List<Line> row = new ArrayList<>();
        Line previous = null;
        boolean tableEnded = false;
        for (int i = body; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (tableEnded) {
                rows.add(new ArrayList<>(List.of(line.text())));
                continue;
            }
            if (isColumnNumbering(line) || isPageFurniture(line, headingRow, columns)) {
                continue;
            }
            // far below the last row, with no row after it: the text under the table (a signature, a note)
            tableEnded = i > lastRowStart && previous != null && previous.page() == line.page()
                    && line.y() - previous.y() > line.size() * ROWS_APART_IN_FONT_SIZES;
            previous = line;
            if (tableEnded || startsRow(line, columns) && !row.isEmpty()) {
                rows.add(cells(row, columns));
                row = new ArrayList<>();
            }
            if (tableEnded) {
                rows.add(new ArrayList<>(List.of(line.text())));
            } else {
                row.add(line);
            }
        }
        if (!row.isEmpty()) {
            rows.add(cells(row, columns));
        }
        return rows;
    }

    /** Every word with its place, grouped into lines and pieces, page by page. */
    private static List<Line> lines(PDDocument document, DocumentExtraction.Progress progress) throws IOException {
        List<Line> lines = new ArrayList<>();
        int pages = document.getNumberOfPages();
        progress.pages(0, pages);
        for (int page = 1; page <= pages; page++) {
            WordCollector collector = new WordCollector();
            collector.setSortByPosition(true);
            collector.setStartPage(page);
            collector.setEndPage(page);
            collector.getText(document);
            lines.addAll(collector.lines(page));
            progress.pages(page, pages);
        }
        return lines;
    }

    private static final class WordCollector extends PDFTextStripper {

        private record Word(String text, float x, float endX, float y, float size) {
        }

        private final List<Word> words = new ArrayList<>();

        WordCollector() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (text.isBlank() || positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.getFirst();
            TextPosition last = positions.getLast();
            words.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), Math.max(first.getFontSizeInPt(), 1f)));
        }

        List<Line> lines(int page) {
            List<Line> lines = new ArrayList<>();
            List<Word> line = new ArrayList<>();
            for (Word word : words) {
                if (!line.isEmpty() && Math.abs(word.y() - line.getFirst().y()) > line.getFirst().size() / 2) {
                    lines.add(line(page, line));
                    line = new ArrayList<>();
                }
                line.add(word);
            }
            if (!line.isEmpty()) {
                lines.add(line(page, line));
            }
            return lines;
        }

        private static Line line(int page, List<Word> words) {
            List<Word> sorted = new ArrayList<>(words);
            sorted.sort((a, b) -> Float.compare(a.x(), b.x()));
            List<Piece> pieces = new ArrayList<>();
            StringBuilder text = new StringBuilder(sorted.getFirst().text());
            float start = sorted.getFirst().x();
            float end = sorted.getFirst().endX();
            for (Word word : sorted.subList(1, sorted.size())) {
                if (word.x() - end > word.size() * CELL_GAP_IN_FONT_SIZES) {
                    pieces.add(new Piece(text.toString(), start, end));
                    text = new StringBuilder(word.text());
                    start = word.x();
                } else {
                    text.append(' ').append(word.text());
                }
                end = word.endX();
            }
            pieces.add(new Piece(text.toString(), start, end));
            return new Line(page, sorted.getFirst().y(), sorted.getFirst().size(), pieces);
        }
    }

    /** A row begins with a number in the first column; a number a wrapped deadline starts with does not count. */
    private static boolean startsRow(Line line, List<Float> columns) {
        Piece first = line.pieces().getFirst();
        return columnOf(first, columns) == 0 && ROW_START.matcher(first.text()).find();
    }

    private static boolean isColumnNumbering(Line line) {
        return RoadmapDocumentReader.isColumnNumbering(line.pieces().stream().map(Piece::text).toList());
    }

    /** A page number alone, or the header row printed again at the top of a page. */
    private static boolean isPageFurniture(Line line, List<String> headingRow, List<Float> columns) {
        if (line.pieces().size() == 1 && DocumentText.PAGE_NUMBER.matcher(line.pieces().getFirst().text()).matches()) {
            return true;
        }
        List<String> cells = cells(List.of(line), columns);
        int repeated = 0;
        for (int i = 0; i < cells.size() && i < headingRow.size(); i++) {
            if (!cells.get(i).isEmpty() && headingRow.get(i).startsWith(cells.get(i))) {
                repeated++;
            }
        }
        return repeated >= 2 && repeated == cells.stream().filter(cell -> !cell.isEmpty()).count();
    }

    /**
     * Where the columns begin. Header cells are often centred while the text under them is not, so a column is the
     * span its header's pieces cover (pieces that overlap are one column, a header cell wrapped over lines), and
     * it begins half way between the previous column's header and its own.
     */
    private static List<Float> columnStarts(List<Line> headerLines) {
        List<float[]> spans = new ArrayList<>();
        for (Line line : headerLines) {
            for (Piece piece : line.pieces()) {
                spans.add(new float[] {piece.x(), piece.endX()});
            }
        }
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> columns = new ArrayList<>();
        for (float[] span : spans) {
            float[] last = columns.isEmpty() ? null : columns.getLast();
            if (last != null && span[0] <= last[1] + SAME_COLUMN_TOLERANCE) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                columns.add(span.clone());
            }
        }
        List<Float> starts = new ArrayList<>();
        starts.add(Float.NEGATIVE_INFINITY);
        for (int i = 1; i < columns.size(); i++) {
            starts.add((columns.get(i - 1)[1] + columns.get(i)[0]) / 2);
        }
        return starts;
    }

    /** The lines of one table row as its cells; a cell's lines joined by '\n'. */
    private static List<String> cells(List<Line> lines, List<Float> columns) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(new StringBuilder());
        }
        for (Line line : lines) {
            for (Piece piece : line.pieces()) {
                StringBuilder cell = cells.get(columnOf(piece, columns));
                if (!cell.isEmpty()) {
                    cell.append('\n');
                }
                cell.append(piece.text());
            }
        }
        return cells.stream().map(StringBuilder::toString).toList();
    }

    private static int columnOf(Piece piece, List<Float> columns) {
        int column = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) <= piece.x()) {
                column = i;
            }
        }
        return column;
    }
}
