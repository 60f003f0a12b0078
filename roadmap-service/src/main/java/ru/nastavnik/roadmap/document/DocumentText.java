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

    static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(стр\\.?\\s*)?\\d{1,3}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)</li>\\s*|<br\\s*/?>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    /** An electronic signature's stamp printed on the page: its time, then the signer's name in capitals. */
    private static final Pattern SIGNATURE_TIME = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:[+-]\\d{2}:?\\d{2}|Z)?\\s*$");
    /** «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ», then its certificate, owner and validity: a stamp, not content. */
    private static final Pattern SIGNATURE_STAMP = Pattern.compile("(?iu)\\s*документ\\s+подписан");
    private static final Pattern SIGNATURE_STAMP_LINE = Pattern.compile("(?iu)\\s*(?:электронной\\s+подписью|сертификат|владелец|действителен)");
    /** «* ОО – образовательные организации; …»: the legend of abbreviations below a table. */
    private static final Pattern FOOTNOTE_LEGEND = Pattern.compile("\\s*\\*\\s*\\p{Lu}{2,}\\s*[–—-]");
    private static final int BLANK_LINES_OF_A_PAGE_BREAK = 3;
    private static final int MOST_LINES_OF_A_RUNNING_HEADER = 2;
    /**
     * What a narrow column leaves when a word is broken without a hyphen: a line that begins with letters no
     * Russian word begins with («ых программ»), a lone «е» or «я» («определяемы / е», «поступлени / я»; roadmaps
     * never say «я»), or a lone «и» after «-ци» («информаци / и»).
     */
    private static final Pattern WORD_TAIL = Pattern.compile("^(?:[ыьъ]\\p{L}*|е|я)(?=\\s|$).*", Pattern.DOTALL);

    private DocumentText() {
    }

    /**
     * Each line's cells; a line without tabs is one cell. Lines inside a cell are joined by '\n'. Where a page
     * ends (a form feed, a page number, three blank lines) a row of {@link DocumentRows#PAGE_BREAK} stands, and a
     * running header printed between the break and the page's number is left out.
     */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        boolean afterSignatureTime = false;
        boolean inSignatureStamp = false;
        int blankLines = 0;
        int rowsSinceBreak = -1;
        // rows between a page's break and its number: a running header if the page goes on after the number,
        // the last lines of a page whose number is printed at its foot if a break or the end comes first
        int runningHeaderRows = 0;
        for (String raw : text.replace("\r", "").split("\n")) {
            if (raw.indexOf('\f') >= 0) {
                pageBreak(rows);
                rowsSinceBreak = 0;
                runningHeaderRows = 0;
                raw = raw.replace('\f', ' ');
            }
            String line = LINE_BREAK_TAG.matcher(raw).replaceAll("\n");
            line = TAG.matcher(line).replaceAll(" ").replace("&nbsp;", " ").replace("&quot;", "\"")
                    .replace("&laquo;", "«").replace("&raquo;", "»").replace("&amp;", "&");
            if (line.isBlank()) {
                if (++blankLines == BLANK_LINES_OF_A_PAGE_BREAK) {
                    pageBreak(rows);
                    rowsSinceBreak = 0;
                    runningHeaderRows = 0;
                }
                continue;
            }
            blankLines = 0;
            if (PAGE_NUMBER.matcher(line).matches()) {
                runningHeaderRows = rowsSinceBreak > 0 && rowsSinceBreak <= MOST_LINES_OF_A_RUNNING_HEADER
                        ? rowsSinceBreak : 0;
                pageBreak(rows);
                rowsSinceBreak = 0;
                continue;
            }
            if (runningHeaderRows > 0) {
                // the page went on after its number: what stood between the break and the number was its header
                int number = rows.size() - 1;
                rows.subList(number - runningHeaderRows, number + 1).clear();
                runningHeaderRows = 0;
            }
            boolean signer = afterSignatureTime && line.strip().equals(line.strip().toUpperCase());
            afterSignatureTime = SIGNATURE_TIME.matcher(line.replace("\t", " ")).matches();
            inSignatureStamp = SIGNATURE_STAMP.matcher(line).lookingAt()
                    || inSignatureStamp && SIGNATURE_STAMP_LINE.matcher(line).lookingAt();
            if (afterSignatureTime || signer || inSignatureStamp || FOOTNOTE_LEGEND.matcher(line).lookingAt()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(clean(cell));
            }
            if (!rows.isEmpty() && cells.size() == 1 && rows.getLast().size() == 1 && isTailOf(rows.getLast().getFirst(), cells.getFirst())) {
                rows.getLast().set(0, rows.getLast().getFirst() + cells.getFirst());
                continue;
            }
            rows.add(cells);
            if (rowsSinceBreak >= 0) {
                rowsSinceBreak++;
            }
        }
        return rows;
    }

    static boolean isPageBreak(List<String> row) {
        return row.size() == 1 && row.getFirst().equals(DocumentRows.PAGE_BREAK);
    }

    private static void pageBreak(List<List<String>> rows) {
        if (!rows.isEmpty() && !isPageBreak(rows.getLast())) {
            rows.add(List.of(DocumentRows.PAGE_BREAK));
        }
    }

    private static boolean isTailOf(String previous, String line) {
        if (previous.isEmpty() || !Character.isLetter(previous.charAt(previous.length() - 1))) {
            return false;
        }
        return WORD_TAIL.matcher(line).matches() || line.equals("и") && previous.endsWith("ци");
    }

    /** Spaces collapsed inside each inner line, inner lines kept. */
    static String clean(String cell) {
        StringBuilder cleaned = new StringBuilder();
        for (String inner : cell.split("\n")) {
            String line = SPACES.matcher(inner).replaceAll(" ").strip();
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
