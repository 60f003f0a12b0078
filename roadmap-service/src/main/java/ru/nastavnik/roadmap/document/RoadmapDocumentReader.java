package ru.nastavnik.roadmap.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published roadmap document (its text, as the extractors give it) into sections and actions. Written for
 * the layouts documents use, not for particular files: a table whose header row names its columns (этап, мероприятия,
 * сроки, ответственные, результат), with several numbered items in one cell and a deadline cell merged over a
 * stage's rows. What it infers rather than reads is marked with a lower confidence and a warning.
 */
public final class RoadmapDocumentReader {

    /** Said when a document names no period: the person picks the school year when saving. */
    public static final String NO_PERIOD = "Период не указан в документе: укажите учебный год при сохранении";

    enum Column { NUMBER, SECTION, TITLE, DEADLINE, RESPONSIBLE, RESULT }

    /** A Roman numeral from I to XXXIX, as stages are numbered. */
    static final String ROMAN_NUMERAL = "(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})";
    /** The words a stage's heading may start with: «Этап №1», «Раздел II», «Направление 3». */
    static final String STAGE_WORD = "(?:Этап|Раздел|Направление)";
    private static final Pattern ROMAN = Pattern.compile("^(" + ROMAN_NUMERAL + ")\\.\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\.\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("(?:^|(?<=[\\s\\n]))(\\d{1,2})\\.\\s+(?=\\S)");
    /** «приказом управления образования от …»: whose order; «приказом от …» and «приказом № …» name no one. */
    private static final Pattern APPROVED_BY = Pattern.compile("приказом\\s+(?!от\\s+\\d|№)(.+?)(?:\\s+от\\s+\\d|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** «УТВЕРЖДАЮ Директор МБОУ «СОШ № 14» ____ Е.В. Кравченко»: the organisation its head signs for. */
    private static final Pattern APPROVING_HEAD = Pattern.compile("утверждаю\\s+(?:директор|заведующ\\p{L}*|начальник"
            + "|руководител\\p{L}*|председател\\p{L}*)\\s+(.+?)(?=\\s+_{2,}|\\s+\\p{Lu}\\.\\s*\\p{Lu}\\.|\\s+приказ|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORDER = Pattern.compile(
            "от\\s+(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*(?:г\\.?)?\\s*№\\s*(\\S+)");
    /** The first words of a table's column headings, where a document's title ends. */
    private static final Pattern COLUMN_HEADING = Pattern.compile(
            "(?iu)(?:№|наименование|направлени|содержание|срок|ответствен|результат|этап(?!\\p{L})|мероприяти)");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(20\\d{2})\\s*(?:[/-]|[–—](?=\\s*20\\d{2}\\s+учебн))\\s*(20\\d{2})");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("на\\s+(20\\d{2})\\s+год");
    private static final Pattern CALENDAR_YEARS = Pattern.compile("на\\s+(20\\d{2})\\s*[—–-]\\s*(20\\d{2})\\s+год");
    /** A stage's heading on a row of its own: «II. Формирование базы», «3. Обучение», «Этап 2. …». */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "(?s)^(?:(?:" + ROMAN_NUMERAL + "|\\d{1,2})\\.|" + STAGE_WORD + "\\s*№?\\s*(?:\\d{1,2}|" + ROMAN_NUMERAL + ")\\.?)"
                    + "\\s*\\p{Lu}.*");
    private static final Pattern FIRST_SECTION_OR_ACTION = Pattern.compile(STAGE_WORD + "\\s*№?\\s*(?:1(?!\\d)|I\\.)|I\\.\\s+\\p{Lu}|1\\.\\s+\\p{Lu}|1\\.1(?!\\d)");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("(?s)^(\\d{1,2}\\.\\d{1,3})\\.?\\s+(\\S.*)$");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ORDER_NUMBER_FIRST = Pattern.compile(
            "№\\s*(\\S+)\\s+от\\s+(\\d{1,2}\\.\\d{1,2}\\.\\d{4})");

    public ImportedRoadmap read(String text) {
        return read(new DocumentRows(DocumentText.rows(text), false));
    }

    /** Rows of cells as {@link DocumentExtraction} gives them. */
    public ImportedRoadmap read(DocumentRows document) {
        List<List<String>> rows = document.rows();
        int headerRow = -1;
        Map<Column, Integer> columns = Map.of();
        for (int r = 0; r < rows.size() && headerRow < 0; r++) {
            Map<Column, Integer> found = columnsOf(rows.get(r));
            if (found.containsKey(Column.TITLE) && found.size() >= 2) {
                headerRow = r;
                columns = found;
            }
        }
        List<String> warnings = new ArrayList<>();
        StringBuilder preamble = new StringBuilder();
        for (int r = 0; r < (headerRow < 0 ? rows.size() : headerRow); r++) {
            if (!DocumentText.isPageBreak(rows.get(r))) {
                preamble.append(String.join(" ", rows.get(r))).append('\n');
            }
        }
        if (headerRow >= 0) {
            List<List<String>> body = rows.subList(headerRow + 1, rows.size());
            return header(preamble.toString(), table(document.mergedCellsMarked() ? body
                    : withCellsBrokenAcrossLines(body, rows.get(headerRow).size()), columns,
                    document.mergedCellsMarked(), warnings), warnings);
        }
        // no table with named columns: the flattened text of a PDF's table, actions found by their numbers
        List<String> lines = rows.stream().map(row -> String.join(" ", row)).toList();
        int firstAction = firstSectionOrAction(lines);
        List<ImportedRoadmap.Section> sections = FlattenedColumns.read(lines.subList(firstAction, lines.size()), warnings);
        if (sections.stream().allMatch(section -> section.actions().isEmpty())) {
            warnings.add("В документе не найдено ни таблицы с заголовками столбцов, ни пронумерованных мероприятий");
        }
        return header(String.join("\n", lines.subList(0, firstAction)).replace(DocumentRows.PAGE_BREAK, ""), sections,
                warnings);
    }

    /** The header ends where the first section («Этап №1», «1. …») or action («1.1») begins. */
    private static int firstSectionOrAction(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (FIRST_SECTION_OR_ACTION.matcher(line).lookingAt()) {
                return i;
            }
        }
        return lines.size();
    }

    static Map<Column, Integer> columnsOf(List<String> row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i).toLowerCase(Locale.ROOT);
            Column column = cell.startsWith("№") && cell.length() <= 8 ? Column.NUMBER
                    : cell.startsWith("этап") || cell.startsWith("раздел") || cell.startsWith("направлен") ? Column.SECTION
                    : cell.contains("мероприят") || cell.contains("содержание") || cell.startsWith("наименование") ? Column.TITLE
                    : cell.startsWith("срок") ? Column.DEADLINE
                    : cell.contains("ответствен") || cell.contains("исполнител") ? Column.RESPONSIBLE
                    : cell.contains("результат") || cell.contains("вид документа") ? Column.RESULT
                    : null;
            if (column != null && !found.containsKey(column)) {
                found.put(column, i);
            }
        }
        return found;
    }

    /**
     * A table copied as text writes a cell's inner line breaks as they are: the row goes on over the next lines, its
     * cell continuing, until it has all its columns (a lower-case line after a whole row goes on its last cell).
     * Those lines are put back into the row; the numbering row under
     * the header («1 2 3 4 5») and page breaks are not rows.
     */
    private static List<List<String>> withCellsBrokenAcrossLines(List<List<String>> rows, int width) {
        List<List<String>> whole = new ArrayList<>();
        for (List<String> row : rows) {
            if (DocumentText.isPageBreak(row) || isColumnNumbering(row)) {
                continue;
            }
            List<String> open = whole.isEmpty() ? null : whole.getLast();
            boolean lowerCaseLine = row.size() == 1 && !row.getFirst().isEmpty()
                    && Character.isLowerCase(row.getFirst().charAt(0));
            if (open != null && open.size() > 1 && (open.size() < width || lowerCaseLine)) {
                int last = open.size() - 1;
                open.set(last, open.get(last) + "\n" + row.getFirst());
                open.addAll(row.subList(1, row.size()));
            } else {
                whole.add(new ArrayList<>(row));
            }
        }
        return whole;
    }

    /** «1 2 3 4 5»: the row under a header that numbers its columns. */
    static boolean isColumnNumbering(List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.get(i).equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return row.size() > 1;
    }

    private List<ImportedRoadmap.Section> table(List<List<String>> rows, Map<Column, Integer> columns,
                                                boolean mergedCellsMarked, List<String> warnings) {
        List<ImportedRoadmap.Section> sections = new ArrayList<>();
        List<ImportedRoadmap.Action> actions = null;
        String sectionNumber = "0";
        String sectionTitle = "";
        String lastDeadline = "";
        Map<Column, String> above = new EnumMap<>(Column.class);
        for (List<String> tableRow : rows) {
            if (columnsOf(tableRow).equals(columns)) {
                continue; // the header row again: a table split by stages or pages repeats it
            }
            List<String> row = new ArrayList<>(tableRow);
            boolean deadlineMerged = false;
            for (Column column : List.of(Column.DEADLINE, Column.RESPONSIBLE, Column.RESULT)) {
                Integer index = columns.get(column);
                if (index != null && index < row.size()) {
                    if (row.get(index).equals(DocumentRows.MERGED_WITH_ABOVE)) {
                        row.set(index, above.getOrDefault(column, ""));
                        deadlineMerged |= column == Column.DEADLINE;
                    }
                    above.put(column, row.get(index));
                }
            }
            row.replaceAll(cell -> cell.equals(DocumentRows.MERGED_WITH_ABOVE) ? "" : cell);
            if (row.size() < 2 && (row.isEmpty() || !SECTION_HEADING.matcher(row.getFirst()).matches())) {
                continue; // a signature, a note below the table: not a row of it
            }
            String numberCell = cell(row, columns, Column.NUMBER).replaceAll("\\.$", "");
            String section = cell(row, columns, Column.SECTION);
            String alone = onlyFirstCell(row);
            if (section.isEmpty() && alone != null && SECTION_HEADING.matcher(alone).matches()) {
                // a heading merged across the whole table: «1. Нормативное обеспечение …»
                section = alone;
                row = List.of();
            }
            boolean onlyNumberAndTitle = cell(row, columns, Column.DEADLINE).isEmpty()
                    && cell(row, columns, Column.RESPONSIBLE).isEmpty() && cell(row, columns, Column.RESULT).isEmpty();
            if (section.isEmpty() && numberCell.matches("\\d{1,2}") && onlyNumberAndTitle) {
                // a row «2. | Базы наставников | | |» in a numbered table is a section heading
                section = numberCell + ". " + cell(row, columns, Column.TITLE);
                row = List.of();
            }
            if (!section.isEmpty()) {
                if (actions != null) {
                    sections.add(new ImportedRoadmap.Section(sectionNumber, sectionTitle, List.copyOf(actions)));
                }
                String[] numbered = sectionNumber(section, sectionNumber, warnings);
                sectionNumber = numbered[0];
                sectionTitle = numbered[1];
                actions = new ArrayList<>();
                lastDeadline = "";
            } else if (actions == null) {
                actions = new ArrayList<>();
                sectionNumber = "1";
            }
            if (row.isEmpty()) {
                continue;
            }
            String deadline = cell(row, columns, Column.DEADLINE);
            boolean inherited = deadlineMerged
                    || !mergedCellsMarked && deadline.isEmpty() && !lastDeadline.isEmpty();
            if (inherited) {
                deadline = lastDeadline;
            }
            lastDeadline = deadline;
            String titleCell = cell(row, columns, Column.TITLE);
            Matcher numberedTitle = NUMBERED_TITLE.matcher(titleCell);
            if (!numberCell.matches("\\d{1,2}(\\.\\d{1,3}){1,3}") && numberedTitle.matches()) {
                // the number written at the start of the title's cell: «1.1 Разработка положения»
                numberCell = numberedTitle.group(1);
                titleCell = numberedTitle.group(2);
            }
            List<String[]> items = numberCell.matches("\\d{1,2}(\\.\\d{1,3}){1,3}")
                    ? List.<String[]>of(new String[] {numberCell, titleCell})
                    : items(titleCell);
            for (String[] item : items) {
                Map<String, Double> confidence = new LinkedHashMap<>();
                List<String> itemWarnings = new ArrayList<>();
                confidence.put("number", item[0] == null ? 0.7 : 1.0);
                confidence.put("title", 1.0);
                confidence.put("deadline", inherited ? 0.7 : items.size() > 1 ? 0.9 : 1.0);
                confidence.put("responsible", 1.0);
                confidence.put("result", 1.0);
                if (inherited) {
                    itemWarnings.add("Срок взят из объединённой ячейки этапа");
                }
                String number = item[0] != null && item[0].contains(".") ? item[0]
                        : sectionNumber + "." + (item[0] == null ? actions.size() + 1 : item[0]);
                actions.add(new ImportedRoadmap.Action(number, FlattenedRow.join(item[1]), FlattenedRow.join(deadline),
                        FlattenedRow.join(cell(row, columns, Column.RESPONSIBLE)),
                        FlattenedRow.join(cell(row, columns, Column.RESULT)), confidence, itemWarnings));
            }
        }
        if (actions != null) {
            sections.add(new ImportedRoadmap.Section(sectionNumber, sectionTitle, List.copyOf(actions)));
        }
        return sections;
    }

    /** «VI. Организация работы» → 6; a number that repeats or goes back is taken as the next one, with a warning. */
    private static String[] sectionNumber(String section, String previous, List<String> warnings) {
        String flat = section.replace('\n', ' ').replaceFirst("^" + STAGE_WORD + "\\s*№?\\s*(\\d{1,2}|" + ROMAN_NUMERAL + ")\\.?\\s*", "$1. ");
        int number;
        String title;
        Matcher roman = ROMAN.matcher(flat);
        Matcher arabic = ARABIC.matcher(flat);
        if (roman.matches()) {
            number = romanValue(roman.group(1));
            title = roman.group(2);
        } else if (arabic.matches()) {
            number = Integer.parseInt(arabic.group(1));
            title = arabic.group(2);
        } else {
            number = Integer.parseInt(previous) + 1;
            title = flat;
        }
        if (number <= Integer.parseInt(previous)) {
            int next = Integer.parseInt(previous) + 1;
            warnings.add("Этап «" + title.strip() + "» пронумерован как " + number + ", хотя идёт после этапа "
                    + previous + ": считаю его этапом " + next);
            number = next;
        }
        return new String[] {Integer.toString(number), title.strip()};
    }

    static int romanValue(String roman) {
        Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10);
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            int value = values.get(roman.charAt(i));
            boolean subtract = i + 1 < roman.length() && values.get(roman.charAt(i + 1)) > value;
            total += subtract ? -value : value;
        }
        return total;
    }

    /** «1. Собрать … 2. Сформировать …» in one cell are two items; a cell without numbers is one. */
    private static List<String[]> items(String cell) {
        List<String[]> items = new ArrayList<>();
        if (cell.isBlank()) {
            return items;
        }
        Matcher item = ITEM.matcher(cell);
        List<int[]> starts = new ArrayList<>();
        while (item.find()) {
            starts.add(new int[] {item.start(), item.end(), Integer.parseInt(item.group(1))});
        }
        if (starts.isEmpty() || starts.get(0)[0] > 0 && !cell.substring(0, starts.get(0)[0]).isBlank()) {
            items.add(new String[] {null, cell.replace('\n', ' ').strip()});
            return items;
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : cell.length();
            items.add(new String[] {Integer.toString(starts.get(i)[2]),
                    cell.substring(starts.get(i)[1], end).replace('\n', ' ').strip()});
        }
        return items;
    }

    /** The first cell when no other is filled: a heading merged across the table starts in the first column. */
    private static String onlyFirstCell(List<String> row) {
        boolean othersEmpty = row.stream().skip(1).allMatch(String::isBlank);
        return !row.isEmpty() && !row.getFirst().isBlank() && othersEmpty ? row.getFirst() : null;
    }

    private static String cell(List<String> row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private static ImportedRoadmap header(String preamble, List<ImportedRoadmap.Section> sections,
                                          List<String> warnings) {
        List<String> lines = preamble.lines().map(line -> line.replaceAll("^#+\\s*", "").strip())
                .filter(line -> !line.isEmpty()).toList();
        int titleLine = -1;
        for (int i = 0; i < lines.size() && titleLine < 0; i++) {
            String lower = lines.get(i).toLowerCase(Locale.ROOT);
            if (lower.contains("этапы") || lower.contains("дорожная карта") || lower.contains("план мероприятий")) {
                titleLine = i;
            }
        }
        StringBuilder title = new StringBuilder();
        for (int i = titleLine; titleLine >= 0 && i < lines.size(); i++) {
            if (i > titleLine && COLUMN_HEADING.matcher(lines.get(i)).lookingAt()) {
                break;
            }
            title.append(' ').append(lines.get(i));
        }
        String approval = String.join(" ", lines.subList(0, titleLine < 0 ? lines.size() : titleLine));
        String organisation = "";
        Matcher approvedBy = APPROVED_BY.matcher(approval);
        Matcher approvingHead = APPROVING_HEAD.matcher(approval);
        if (approvedBy.find()) {
            organisation = approvedBy.group(1).strip();
        } else if (approvingHead.find()) {
            organisation = approvingHead.group(1).strip();
        }
        String orderNumber = null;
        LocalDate orderDate = null;
        Matcher order = ORDER.matcher(approval);
        Matcher numberFirst = ORDER_NUMBER_FIRST.matcher(approval);
        String writtenDate = null;
        if (order.find()) {
            orderNumber = order.group(2).replaceAll("[.,;]$", "");
            writtenDate = order.group(1);
        } else if (numberFirst.find()) {
            orderNumber = numberFirst.group(1).replaceAll("[.,;]$", "");
            writtenDate = numberFirst.group(2);
        }
        if (writtenDate != null) {
            try {
                orderDate = LocalDate.parse(writtenDate, RUSSIAN_DATE);
            } catch (DateTimeException noSuchDate) {
                warnings.add("Дата приказа «" + writtenDate + "» не существует: укажите её при утверждении");
            }
        }
        String flat = String.join(" ", lines);
        Matcher years = CALENDAR_YEARS.matcher(flat);
        Matcher year = SCHOOL_YEAR.matcher(flat);
        Matcher calendar = CALENDAR_YEAR.matcher(flat);
        String period = years.find() ? years.group(1) + "-" + years.group(2)
                : year.find() ? year.group(1) + "/" + year.group(2)
                : calendar.find() ? calendar.group(1)
                : orderDate != null ? schoolYearOf(orderDate) : "";
        if (period.isEmpty()) {
            warnings.add(NO_PERIOD);
        }
        return new ImportedRoadmap(title.toString().strip().replaceAll("\\.$", ""), organisation, period, orderNumber,
                orderDate, sections, warnings);
    }

    /** The school year a date falls in: from September. */
    static String schoolYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "/" + (start + 1);
    }
}
