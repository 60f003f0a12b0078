package ru.nastavnik.roadmap.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One numbered row of a flattened table back into its cells: the title up to the deadline, the deadline up to the
 * responsible party, the responsible party up to the result's first word, the rest the result. Two ways tables
 * come apart are put back together: a row laid out line by line across its columns (the deadline's words
 * continue several lines below, after the title's), and a row that lost its number and ran into the previous one's
 * result (a second deadline and responsible party inside the result).
 */
final class FlattenedRow {

    private static final Pattern HYPHEN_AT_LINE_END = Pattern.compile("(?<=\\p{L})-\\s*\\n\\s*(?=\\p{Ll})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LONGEST_ROW = 4000;
    /** A cell that stops on a preposition, a conjunction, a comma or a hyphen goes on somewhere. */
    private static final Pattern HANGING_END = Pattern.compile("(?iu)(?:(?<![\\p{L}\\d])(?:с|со|в|во|и|на|по|для|о|об|к|ко|от|из|за|при|до|без|под|над|через|а|или|также|как)|[,-])\\s*$");

    private FlattenedRow() {
    }

    static List<ImportedRoadmap.Action> read(String number, List<String> lines, List<String> warnings) {
        int pageBreak = lines.indexOf(DocumentRows.PAGE_BREAK);
        if (pageBreak >= 0) {
            List<String> after = lines.subList(pageBreak + 1, lines.size()).stream()
                    .filter(line -> !line.equals(DocumentRows.PAGE_BREAK)).toList();
            List<ImportedRoadmap.Action> cut = cutByThePage(number, lines.subList(0, pageBreak), after, warnings);
            if (cut != null) {
                return cut;
            }
            List<String> whole = new ArrayList<>(lines.subList(0, pageBreak));
            whole.addAll(after);
            return read(number, whole, warnings);
        }
        String text = String.join("\n", lines).strip();
        if (text.length() > LONGEST_ROW) {
            // no row of a roadmap runs this long: the numbering broke and a stretch of the document fell in here
            warnings.add("Мероприятие " + number + ": слишком длинный текст, ячейки не разобраны — проверьте");
            return List.of(new ImportedRoadmap.Action(number, join(text.substring(0, LONGEST_ROW)), "", "", "",
                    confidence(1.0, 0.2, 0.0, 0.0, 0.0), List.of("Текст строки слишком длинный: разделите его на мероприятия")));
        }
        CellWords.Boundaries cells = CellWords.deadlineThenResponsible(text);
        if (cells == null) {
            return List.of(withoutDeadline(number, text, warnings));
        }
        String title = text.substring(0, cells.deadlineStart());
        String deadline = text.substring(cells.deadlineStart(), cells.responsibleStart());
        String responsible = text.substring(cells.responsibleStart(), cells.responsibleEnd());
        String result = text.substring(cells.responsibleEnd());
        String[] across = acrossLines(title, deadline, responsible, result);
        if (across != null) {
            title = across[0];
            deadline = across[1];
            result = across[2];
        }
        List<ImportedRoadmap.Action> actions = new ArrayList<>();
        int lostRowStart = lostRowStart(result);
        String lostRow = lostRowStart < 0 ? null : result.substring(lostRowStart);
        if (lostRow != null) {
            result = result.substring(0, lostRowStart);
        }
        Map<String, Double> confidence = confidence(1.0, 0.9, 0.9, 0.9, 0.8);
        actions.add(new ImportedRoadmap.Action(number, join(title), join(deadline), join(responsible), join(result),
                confidence, List.of()));
        if (lostRow != null) {
            String guessed = number.substring(0, number.indexOf('.') + 1)
                    + (Integer.parseInt(number.substring(number.indexOf('.') + 1)) + 1);
            for (ImportedRoadmap.Action lost : read(guessed, List.of(lostRow), warnings)) {
                Map<String, Double> lostConfidence = new LinkedHashMap<>(lost.confidence());
                lostConfidence.put("number", 0.5);
                List<String> lostWarnings = new ArrayList<>(lost.warnings());
                lostWarnings.add("Номера у мероприятия в документе нет: поставлен " + lost.number() + " по порядку, проверьте");
                warnings.add("Мероприятие без номера после " + number + ": поставлен номер " + lost.number());
                actions.add(new ImportedRoadmap.Action(lost.number(), lost.title(), lost.deadline(), lost.responsible(),
                        lost.result(), lostConfidence, lostWarnings));
            }
        }
        return actions;
    }

    /**
     * A row the page cut after all its cells had begun: what goes on on the next page (lower-case words, before the
     * next action) ends the cell that was left hanging — the result when it stops on a word that cannot end it
     * («…база наставляемых с»), else the title, the cell that runs longest. Null when the row is not cut so.
     */
    private static List<ImportedRoadmap.Action> cutByThePage(String number, List<String> before, List<String> after,
                                                             List<String> warnings) {
        String rest = String.join("\n", after).strip();
        if (rest.isEmpty() || !Character.isLowerCase(rest.charAt(0))) {
            return null;
        }
        List<String> warningsBefore = new ArrayList<>();
        List<ImportedRoadmap.Action> actions = new ArrayList<>(read(number, before, warningsBefore));
        ImportedRoadmap.Action last = actions.getLast();
        boolean deadlineWhole = CellWords.deadlineInFullAt(last.deadline()) == last.deadline().length();
        if (!deadlineWhole || last.responsible().isEmpty()) {
            return null; // not all cells began before the page ended, or the row runs line by line across its columns
        }
        boolean resultHangs = last.result().isEmpty() || HANGING_END.matcher(last.result()).find();
        String title = resultHangs ? last.title() : join(last.title() + "\n" + rest);
        String result = resultHangs ? join(last.result() + "\n" + rest) : last.result();
        Map<String, Double> confidence = new LinkedHashMap<>(last.confidence());
        confidence.put(resultHangs ? "result" : "title", 0.6);
        List<String> lastWarnings = new ArrayList<>(last.warnings());
        lastWarnings.add("Строка разорвана переходом на новую страницу: продолжение отнесено к "
                + (resultHangs ? "результату" : "названию") + ", проверьте");
        actions.set(actions.size() - 1, new ImportedRoadmap.Action(last.number(), title, last.deadline(),
                last.responsible(), result, confidence, lastWarnings));
        warnings.addAll(warningsBefore);
        return actions;
    }

    /**
     * A row written line by line across its columns: its first line holds the start of every cell («Разработка
     * программно-методических в течение всего Руководители ОО, ДО Программно-»), and the deadline is completed by
     * the first words of a later line. The lines between continue the title; the rest of that line and the lines
     * after continue the result. Null when the row is not laid out so.
     */
    private static String[] acrossLines(String title, String deadline, String responsible, String result) {
        boolean allOnTheFirstLine = !title.isBlank() && !title.contains("\n") && !deadline.contains("\n")
                && !responsible.contains("\n") && !result.isBlank() && !result.startsWith("\n")
                && result.contains("\n") && CellWords.deadlineInFullAt(deadline.strip()) < deadline.strip().length();
        if (!allOnTheFirstLine) {
            return null;
        }
        String[] later = result.substring(result.indexOf('\n') + 1).split("\n");
        String firstLineOfResult = result.substring(0, result.indexOf('\n'));
        String begun = deadline.strip();
        for (int k = 0; k < later.length; k++) {
            String candidate = begun + " " + later[k].strip();
            int completed = CellWords.deadlineInFullAt(candidate);
            if (completed > begun.length() + 1) {
                StringBuilder wholeTitle = new StringBuilder(title.strip());
                for (int t = 0; t < k; t++) {
                    wholeTitle.append('\n').append(later[t]);
                }
                StringBuilder wholeResult = new StringBuilder(firstLineOfResult.strip())
                        .append('\n').append(candidate.substring(completed).strip());
                for (int r = k + 1; r < later.length; r++) {
                    wholeResult.append('\n').append(later[r]);
                }
                return new String[] {wholeTitle.toString(), candidate.substring(0, completed), wholeResult.toString()};
            }
        }
        return null;
    }

    /**
     * Where a row whose number was lost begins inside a result: the result holds a deadline followed by a
     * responsible party of its own, and the lost row's title starts at the last line opening with a capital before
     * that deadline. -1 when the result is only a result.
     */
    private static int lostRowStart(String result) {
        CellWords.Boundaries inside = CellWords.deadlineThenResponsible(result);
        if (inside == null) {
            return -1;
        }
        int start = -1;
        for (int line = result.lastIndexOf('\n', inside.deadlineStart() - 1); line > 0;
             line = result.lastIndexOf('\n', line - 1)) {
            String rest = result.substring(line + 1).stripLeading();
            if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
                start = line + 1;
                break;
            }
        }
        return start > 0 && !result.substring(0, start).isBlank() ? start : -1;
    }

    /** No deadline followed by a responsible party: a role on a line of its own, else a deadline alone, else nothing. */
    private static ImportedRoadmap.Action withoutDeadline(String number, String text, List<String> warnings) {
        CellWords.Boundaries role = CellWords.responsibleOnItsOwnLine(text);
        if (role != null) {
            warnings.add("Мероприятие " + number + ": срок не указан");
            return new ImportedRoadmap.Action(number, join(text.substring(0, role.responsibleStart())), "",
                    join(text.substring(role.responsibleStart(), role.responsibleEnd())),
                    join(text.substring(role.responsibleEnd())), confidence(1.0, 0.8, 0.5, 0.8, 0.7),
                    List.of("Срок в документе не найден: впишите его, если он есть"));
        }
        java.util.regex.Matcher deadline = CellWords.DEADLINE.matcher(text);
        if (deadline.find()) {
            return new ImportedRoadmap.Action(number, join(text.substring(0, deadline.start())), join(deadline.group()),
                    "", join(text.substring(deadline.end())), confidence(1.0, 0.9, 0.9, 0.3, 0.8),
                    List.of("Ответственный не распознан: впишите его"));
        }
        warnings.add("Мероприятие " + number + ": срок не найден");
        return new ImportedRoadmap.Action(number, join(text), "", "", "", confidence(1.0, 0.5, 0.0, 0.0, 0.0),
                List.of("Срок не найден: проверьте, где кончается название и начинаются срок, ответственный и результат"));
    }

    private static Map<String, Double> confidence(double number, double title, double deadline, double responsible,
                                                  double result) {
        Map<String, Double> confidence = new LinkedHashMap<>();
        confidence.put("number", number);
        confidence.put("title", title);
        confidence.put("deadline", deadline);
        confidence.put("responsible", responsible);
        confidence.put("result", result);
        return confidence;
    }

    /** Lines of one cell back into one line: a word broken by a hyphen at a line's end is joined. */
    static String join(String text) {
        return SPACES.matcher(HYPHEN_AT_LINE_END.matcher(text.strip()).replaceAll("-")).replaceAll(" ").strip();
    }
}
