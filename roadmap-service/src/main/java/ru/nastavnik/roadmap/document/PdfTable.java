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
            "^(?:\\d{1,2}(?:\\.\\d{1,3})*\\.?|X{0,2}(?:IX|IV|V?I{1,3}|V)\\.|Этап|Раздел|Направление)(?:\\s|$)");
    private static final Pattern ONLY_A_NUMBER = Pattern.compile("^(?:стр\\.?\\s*)?\\d{1,3}$");

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
            throw new IllegalArgumentException("В PDF нет текстового слоя (похоже на скан): распознайте текст и загрузите снова");
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
        while (body < lines.size() && !startsRow(lines.get(body)) && !isColumnNumbering(lines.get(body))) {
            body++; // the header's cells wrapped over more lines
        }
        List<Line> headerLines = lines.subList(header, body);
        List<Float> columns = columnStarts(headerLines);
        List<String> headingRow = cells(headerLines, columns);

        List<List<String>> rows = new ArrayList<>();
        for (Line above : lines.subList(0, header)) {
            rows.add(new ArrayList<>(List.of(above.text())));
        }
        rows.add(headingRow);
        List<Line> row = new ArrayList<>();
        Line previous = null;
        boolean tableEnded = false;
        for (Line line : lines.subList(body, lines.size())) {
            if (tableEnded) {
                rows.add(new ArrayList<>(List.of(line.text())));
                continue;
            }
            if (isColumnNumbering(line) || isPageFurniture(line, headingRow, columns)) {
                continue;
            }
            // far below the last row and no row's number: the text under the table (a signature, a note)
            tableEnded = previous != null && previous.page() == line.page() && !startsRow(line)
                    && line.y() - previous.y() > line.size() * ROWS_APART_IN_FONT_SIZES;
            previous = line;
            if (tableEnded || startsRow(line) && !row.isEmpty()) {
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

    private static boolean startsRow(Line line) {
        return ROW_START.matcher(line.pieces().getFirst().text()).find();
    }

    private static boolean isColumnNumbering(Line line) {
        List<Piece> pieces = line.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).text().equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return pieces.size() > 1;
    }

    /** A page number alone, or the header row printed again at the top of a page. */
    private static boolean isPageFurniture(Line line, List<String> headingRow, List<Float> columns) {
        if (line.pieces().size() == 1 && ONLY_A_NUMBER.matcher(line.pieces().getFirst().text()).matches()) {
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

    /** Where the columns begin: the starts of the header's pieces, one per column. */
    private static List<Float> columnStarts(List<Line> headerLines) {
        List<Float> starts = new ArrayList<>();
        for (Line line : headerLines) {
            for (Piece piece : line.pieces()) {
                if (starts.stream().noneMatch(start -> Math.abs(start - piece.x()) <= SAME_COLUMN_TOLERANCE * 4)) {
                    starts.add(piece.x());
                }
            }
        }
        starts.sort(Float::compare);
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
            if (columns.get(i) <= piece.x() + SAME_COLUMN_TOLERANCE) {
                column = i;
            }
        }
        return column;
    }
}
