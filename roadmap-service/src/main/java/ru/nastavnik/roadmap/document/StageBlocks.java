package ru.nastavnik.roadmap.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stage of a roadmap written as a block: the stage's name over a few short lines, then what is done in it as
 * bullets («•», «-»), numbered items («1.», «1)») or a paragraph, with no deadline or responsible columns. The name
 * ends where the first item begins: a bullet, a number, or a line opening with a capital. Each item is an action;
 * an item that ends with a colon keeps the bullets below it as its own list.
 */
final class StageBlocks {

    private static final Pattern BULLET = Pattern.compile("^[•▪·●◦–—-]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\S)(.*)$", Pattern.DOTALL);
    private static final Pattern NUMBER_INSIDE = Pattern.compile("\\s(\\d{1,2}[.)]\\s+\\p{Lu}.*)$");

    private StageBlocks() {
    }

    static ImportedRoadmap.Section read(String sectionNumber, List<String> lines) {
        List<String> name = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (items.isEmpty()) {
                Matcher inside = NUMBER_INSIDE.matcher(stripped);
                if (!name.isEmpty() && startsItem(stripped)) {
                    items.add(new ArrayList<>(List.of(stripped)));
                } else if (inside.find()) {
                    name.add(stripped.substring(0, inside.start()));
                    items.add(new ArrayList<>(List.of(inside.group(1))));
                } else {
                    name.add(stripped);
                }
                continue;
            }
            List<String> current = items.getLast();
            if (NUMBERED.matcher(stripped).matches() || BULLET.matcher(stripped).matches() && !introducesList(current)) {
                items.add(new ArrayList<>(List.of(stripped)));
            } else {
                current.add(stripped);
            }
        }
        List<ImportedRoadmap.Action> actions = new ArrayList<>();
        for (List<String> item : items) {
            Map<String, Double> confidence = new LinkedHashMap<>();
            confidence.put("number", 0.8);
            confidence.put("title", 0.8);
            confidence.put("deadline", 0.0);
            confidence.put("responsible", 0.0);
            confidence.put("result", 0.0);
            actions.add(new ImportedRoadmap.Action(sectionNumber + "." + (actions.size() + 1),
                    FlattenedRow.join(withoutMarker(String.join("\n", item))), "", "", "", confidence,
                    List.of("В документе у мероприятия нет срока, ответственного и результата")));
        }
        return new ImportedRoadmap.Section(sectionNumber, FlattenedRow.join(String.join("\n", name)), actions);
    }

    private static boolean startsItem(String line) {
        return BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()
                || !line.isEmpty() && Character.isUpperCase(line.charAt(0)) && !line.equals(line.toUpperCase());
    }

    /** An item such as «Подготовка актов:» followed by its bullets keeps taking them until a numbered item. */
    private static boolean introducesList(List<String> item) {
        for (String line : item) {
            if (line.strip().endsWith(":")) {
                return true;
            }
            if (BULLET.matcher(line.strip()).matches() && line != item.getFirst()) {
                return false;
            }
        }
        return false;
    }

    private static String withoutMarker(String item) {
        Matcher bullet = BULLET.matcher(item);
        if (bullet.matches()) {
            return bullet.group(1);
        }
        Matcher numbered = NUMBERED.matcher(item);
        return numbered.matches() ? numbered.group(1) : item;
    }
}
