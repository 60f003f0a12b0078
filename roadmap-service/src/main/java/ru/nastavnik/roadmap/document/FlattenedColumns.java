package ru.nastavnik.roadmap.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout a PDF's text takes when its table is flattened: each action starts with its number («1.2.», «2.1»),
 * its title runs over several lines, then come the deadline, the responsible party and the result one after the
 * other, sometimes on one line, sometimes broken across many. Sections are «Этап №1. …» or «1. …» lines. The
 * deadline is found by the ways Russian roadmaps write deadlines, the responsible party by the roles they name.
 */
final class FlattenedColumns {

    private static final String MONTH = "(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
    private static final String YEAR = "20\\d{2}(?:\\s*(?:г\\.|года|г)(?!\\p{L}))?";
    private static final String REMARK = "(?:\\s*\\([^)]*\\))?";
    /** Where a deadline begins, as the seeds and their kin write it; case-insensitive, across line breaks. */
    private static final Pattern DEADLINE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
            + "(?:до|не позднее)\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?:\\s*г\\.?)?"
            + "|(?:до|не позднее)\\s+\\d{1,2}\\s+" + MONTH + "(?:\\s+" + YEAR + ")?"
            + "|с\\s+\\d{1,2}\\s+" + MONTH + "\\s+по\\s+\\d{1,2}\\s+" + MONTH + "(?:\\s+" + YEAR + ")?"
            + "|с\\s+" + MONTH + "\\s+" + YEAR + "(?:\\s+(?:ежекварталь\\p{L}*|ежегодно|ежемесячно))?"
            + "|ежегодно" + REMARK + "|ежекварталь\\p{L}*|ежемесячно|еженедельно"
            + "|в\\s+течение\\s+(?:всего\\s+)?(?:учебного\\s+|календарного\\s+)?(?:года|периода(?:\\s+реализации\\s+\\S+)?)"
            + "|(?:I{1,3}|IV|[1-4])\\s+квартал(?:\\s+" + YEAR + ")?" + REMARK
            + "|" + MONTH + "(?:\\s*[-–—]\\s*" + MONTH + ")?\\s+" + YEAR + "(?:\\s*,\\s*20\\d{2})*" + REMARK
            + "|(?-i:Январ|Феврал|Март|Апрел|Ма[йя]|Июн|Июл|Август|Сентябр|Октябр|Ноябр|Декабр)\\p{L}*"
            + "(?:\\s+каждого\\s+года)?(?=\\s|$)"
            + "|" + YEAR + REMARK
            + "|при\\s+необходимости|по\\s+итогам\\s+(?:учебного\\s+)?года|в\\s+соответствии\\s+с\\s+требованиями"
            + "|в\\s+соответствии\\s+со\\s+сроками[^\\n]*|постоянно(?:,\\s*по\\s+мере\\s+поступления\\s+информации)?"
            + "|в\\s+сроки,?\\s+определяемые[^\\n]*)");
    /** The roles roadmaps name as responsible, alone or in a list («Управление образования, ИМГ, руководители ОО, ДО»). */
    private static final String ROLE = "(?:Заместитель\\s+директора\\s+по\\s+[А-ЯЁ]{2,4}|Заместитель\\s+директора"
            + "|Директор|Куратор\\p{L}*|Администратор\\s+сайта|Наставник\\p{L}*|[Рр]уководител\\p{L}*\\s+ОО"
            + "|Управление\\s+образования|ИМГ|ДО|ОО|образовательные\\s+организации(?:\\s*\\(далее\\s*[—–-]\\s*ОО\\))?"
            + "|Педагог-психолог|Классные\\s+руководители|Учителя-предметники|Методист\\p{L}*|Рабочая\\s+группа"
            + "|Социальный\\s+педагог|Советник\\s+директора(?:\\s+по\\s+воспитанию)?)";
    private static final Pattern RESPONSIBLE = Pattern.compile("^\\s*(" + ROLE + "(?:\\s*,\\s*" + ROLE + ")*)");
    private static final Pattern ACTION = Pattern.compile("^(\\d{1,2}\\.\\d{1,3})\\.?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("^(?:Этап\\s*№?\\s*(\\d{1,2})\\.?\\s*|(\\d{1,2})\\.\\s*(?=\\p{Lu}))(.*)$");

    private FlattenedColumns() {
    }

    static List<ImportedRoadmap.Section> read(List<String> lines, List<String> warnings) {
        List<ImportedRoadmap.Section> sections = new ArrayList<>();
        String sectionNumber = null;
        StringBuilder sectionTitle = new StringBuilder();
        List<ImportedRoadmap.Action> actions = new ArrayList<>();
        String actionNumber = null;
        List<String> block = new ArrayList<>();
        boolean inSectionTitle = false;
        for (String line : lines) {
            Matcher action = ACTION.matcher(line);
            Matcher section = SECTION.matcher(line);
            if (action.matches()) {
                if (actionNumber != null) {
                    actions.add(action(actionNumber, block, warnings));
                }
                actionNumber = action.group(1);
                block = new ArrayList<>(List.of(action.group(2)));
                inSectionTitle = false;
            } else if (section.matches() && nextSection(section, sectionNumber)) {
                if (actionNumber != null) {
                    actions.add(action(actionNumber, block, warnings));
                    actionNumber = null;
                }
                if (sectionNumber != null) {
                    sections.add(new ImportedRoadmap.Section(sectionNumber, sectionTitle.toString().strip(), actions));
                }
                sectionNumber = section.group(1) != null ? section.group(1) : section.group(2);
                sectionTitle = new StringBuilder(section.group(3).strip());
                actions = new ArrayList<>();
                inSectionTitle = true;
            } else if (inSectionTitle) {
                sectionTitle.append(' ').append(line.strip());
            } else if (actionNumber != null) {
                block.add(line);
            }
        }
        if (actionNumber != null) {
            actions.add(action(actionNumber, block, warnings));
        }
        if (sectionNumber != null || !actions.isEmpty()) {
            sections.add(new ImportedRoadmap.Section(sectionNumber == null ? "1" : sectionNumber,
                    sectionTitle.toString().strip(), actions));
        }
        return sections;
    }

    private static boolean nextSection(Matcher section, String current) {
        String number = section.group(1) != null ? section.group(1) : section.group(2);
        return current == null ? number.equals("1") : Integer.parseInt(number) == Integer.parseInt(current) + 1;
    }

    /** One action's lines: the title up to the deadline, then the deadline, the responsible party, the result. */
    private static ImportedRoadmap.Action action(String number, List<String> lines, List<String> warnings) {
        String text = String.join("\n", lines).strip();
        Map<String, Double> confidence = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        confidence.put("number", 1.0);
        Matcher deadline = DEADLINE.matcher(text);
        if (!deadline.find()) {
            confidence.put("title", 0.5);
            confidence.put("deadline", 0.0);
            confidence.put("responsible", 0.0);
            confidence.put("result", 0.0);
            problems.add("Срок не найден: проверьте, где кончается название и начинаются срок, ответственный и результат");
            warnings.add("Мероприятие " + number + ": срок не найден");
            return new ImportedRoadmap.Action(number, join(text), "", "", "", confidence, problems);
        }
        String title = join(text.substring(0, deadline.start()));
        String rest = text.substring(deadline.end());
        Matcher responsible = RESPONSIBLE.matcher(rest);
        String who = "";
        if (responsible.find()) {
            who = join(responsible.group(1));
            rest = rest.substring(responsible.end());
            confidence.put("responsible", 0.9);
        } else {
            confidence.put("responsible", 0.3);
            problems.add("Ответственный не распознан: впишите его");
        }
        confidence.put("title", 0.9);
        confidence.put("deadline", 0.9);
        confidence.put("result", 0.8);
        return new ImportedRoadmap.Action(number, title, join(deadline.group()), who, join(rest), confidence, problems);
    }

    /** Lines of one cell back into one line: a word broken by a hyphen at a line's end is joined. */
    static String join(String text) {
        return text.strip().replaceAll("(?<=\\p{Ll})-\\s*\\n\\s*(?=\\p{Ll})", "-").replaceAll("\\s+", " ").strip();
    }
}
