package ru.nastavnik.roadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout a PDF's text takes when its table is flattened: each action starts with its number («1.2.», «2.1»),
 * its title runs over several lines, then come the deadline, the responsible party and the result one after the
 * other, sometimes on one line, sometimes broken across many. Sections are «Этап №1. …», «Раздел 2. …» or «1. …»
 * lines. A number
 * counts as an action's only where the sequence allows it, so a date or a paragraph number inside a title stays
 * text. A document whose stages hold no numbered actions at all is a list of stages with their activities
 * ({@link StageBlocks}).
 */
final class FlattenedColumns {

    private static final Pattern ACTION = Pattern.compile("^(\\d{1,2})\\.(\\d{1,3})(?!\\.?\\d)\\.?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("^(?:" + RoadmapDocumentReader.STAGE_WORD
            + "\\s*№?\\s*(\\d{1,2}|" + RoadmapDocumentReader.ROMAN_NUMERAL + ")\\.?\\s*"
            + "|(\\d{1,2}|" + RoadmapDocumentReader.ROMAN_NUMERAL + ")\\.\\s*(?=\\p{Lu}))(.*)$");
    private static final int MOST_NUMBERS_SKIPPED = 3;

    private FlattenedColumns() {
    }

    private static final class OpenSection {
        final String number;
        final List<String> lines = new ArrayList<>();
        final List<ImportedRoadmap.Action> actions = new ArrayList<>();
        boolean inTitle = true;

        OpenSection(String number, String firstLine) {
            this.number = number;
            if (!firstLine.isBlank()) {
                lines.add(firstLine);
            }
        }
    }

    static List<ImportedRoadmap.Section> read(List<String> lines, List<String> warnings) {
        List<OpenSection> sections = new ArrayList<>();
        OpenSection section = null;
        String actionNumber = null;
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.equals(DocumentRows.PAGE_BREAK)) {
                if (actionNumber != null) {
                    block.add(line); // a row cut by the page may go on after it
                }
                continue;
            }
            Matcher action = ACTION.matcher(line);
            Matcher heading = SECTION.matcher(line);
            String lastNumber = lastActionNumber(section, actionNumber);
            if (action.matches() && follows(action, section, lastNumber)) {
                if (actionNumber != null) {
                    section.actions.addAll(FlattenedRow.read(actionNumber, block, warnings));
                }
                if (section == null || !section.number.equals(action.group(1))) {
                    if (section != null) {
                        warnings.add("Заголовок этапа " + action.group(1) + " не найден: мероприятия "
                                + action.group(1) + ".x собраны в этап без названия");
                    }
                    section = new OpenSection(action.group(1), "");
                    sections.add(section);
                }
                actionNumber = action.group(1) + "." + action.group(2);
                block = new ArrayList<>(List.of(action.group(3)));
                section.inTitle = false;
            } else if (heading.matches() && nextSection(heading, section)) {
                if (actionNumber != null) {
                    section.actions.addAll(FlattenedRow.read(actionNumber, block, warnings));
                    actionNumber = null;
                }
                section = new OpenSection(sectionNumber(heading), heading.group(3).strip());
                sections.add(section);
            } else if (section != null && section.inTitle) {
                section.lines.add(line.strip());
            } else if (actionNumber != null) {
                block.add(line);
            }
        }
        if (actionNumber != null) {
            section.actions.addAll(FlattenedRow.read(actionNumber, block, warnings));
        }
        boolean anyNumberedAction = sections.stream().anyMatch(open -> !open.actions.isEmpty());
        List<ImportedRoadmap.Section> read = new ArrayList<>();
        for (OpenSection open : sections) {
            read.add(anyNumberedAction
                    ? new ImportedRoadmap.Section(open.number, FlattenedRow.join(String.join("\n", open.lines)),
                            withGuessedNumbersFree(open.number, open.actions))
                    : StageBlocks.read(open.number, open.lines));
        }
        if (!anyNumberedAction && !read.isEmpty()) {
            warnings.add("В документе у этапов нет пронумерованных мероприятий со сроками: мероприятия взяты из "
                    + "содержания этапов, сроки, ответственных и результаты впишите сами");
        }
        return read;
    }

    /**
     * A number guessed for a row that lost its own may turn out to be the next row's («3.3» before a real «3.3»): the
     * guess gives way and takes the section's next free number, so that the roadmap can be saved.
     */
    private static List<ImportedRoadmap.Action> withGuessedNumbersFree(String section, List<ImportedRoadmap.Action> actions) {
        List<ImportedRoadmap.Action> free = new ArrayList<>(actions);
        int highest = actions.stream().mapToInt(action -> minorOf(action.number())).max().orElse(0);
        for (int i = 0; i < free.size(); i++) {
            ImportedRoadmap.Action action = free.get(i);
            boolean guessed = action.confidence().getOrDefault("number", 1.0) < 1.0;
            boolean taken = actions.stream().anyMatch(other -> other != action && other.number().equals(action.number()));
            if (guessed && taken) {
                String number = section + "." + ++highest;
                List<String> warnings = new ArrayList<>(action.warnings());
                warnings.add("Номер " + action.number() + " занят другим мероприятием: поставлен " + number);
                free.set(i, new ImportedRoadmap.Action(number, action.title(), action.deadline(), action.responsible(),
                        action.result(), action.confidence(), warnings));
            }
        }
        return List.copyOf(free);
    }

    private static int minorOf(String number) {
        return Integer.parseInt(number.substring(number.indexOf('.') + 1));
    }

    private static String lastActionNumber(OpenSection section, String open) {
        if (open != null) {
            return open;
        }
        return section == null || section.actions.isEmpty() ? null : section.actions.getLast().number();
    }

    /**
     * «2.3» is an action's number when it goes on from the last one (a few numbers may be missing) or starts the
     * section, or the next section when that section's heading was lost; anything else is a number in the text.
     */
    private static boolean follows(Matcher action, OpenSection section, String lastNumber) {
        int major = Integer.parseInt(action.group(1));
        int minor = Integer.parseInt(action.group(2));
        if (section == null) {
            return minor <= MOST_NUMBERS_SKIPPED;
        }
        int current = Integer.parseInt(section.number);
        if (major == current + 1) {
            return minor == 1;
        }
        if (major != current) {
            return false;
        }
        int lastMinor = lastNumber == null || !lastNumber.startsWith(current + ".") ? 0
                : Integer.parseInt(lastNumber.substring(lastNumber.indexOf('.') + 1));
        return minor > lastMinor && minor <= lastMinor + MOST_NUMBERS_SKIPPED;
    }

    private static boolean nextSection(Matcher heading, OpenSection current) {
        String number = sectionNumber(heading);
        return current == null ? number.equals("1") : Integer.parseInt(number) == Integer.parseInt(current.number) + 1;
    }

    /** «Раздел II», «III.», «4.» as a number. */
    private static String sectionNumber(Matcher heading) {
        String written = heading.group(1) != null ? heading.group(1) : heading.group(2);
        return Character.isDigit(written.charAt(0)) ? written : Integer.toString(RoadmapDocumentReader.romanValue(written));
    }
}
