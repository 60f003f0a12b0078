package ru.nastavnik.roadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the extractors hand it over, cleaned into rows of cells: a tab separates cells (DOCX tables are written
 * so), HTML fragments left by converters are turned into the same shape, list items become their own lines inside a
 * cell, and page furniture (a page number alone, a run of blank lines) is dropped.
 */
final class DocumentText {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(стр\\.?\\s*)?\\d{1,3}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private DocumentText() {
    }

    /** Each line's cells; a line without tabs is one cell. Lines inside a cell are joined by '\n'. */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String raw : text.replace("\r", "").split("\n")) {
            String line = raw.replaceAll("(?i)</li>\\s*", "\n").replaceAll("(?i)<br\\s*/?>", "\n");
            line = TAG.matcher(line).replaceAll(" ").replace("&nbsp;", " ").replace("&quot;", "\"")
                    .replace("&laquo;", "«").replace("&raquo;", "»").replace("&amp;", "&");
            if (line.isBlank() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(clean(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Spaces collapsed inside each inner line, inner lines kept. */
    static String clean(String cell) {
        StringBuilder cleaned = new StringBuilder();
        for (String inner : cell.split("\n")) {
            String line = inner.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!line.isEmpty()) {
                if (!cleaned.isEmpty()) {
                    cleaned.append('\n');
                }
                cleaned.append(line);
            }
        }
        return cleaned.toString();
    }
}
