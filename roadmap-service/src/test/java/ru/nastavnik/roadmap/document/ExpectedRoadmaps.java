package ru.nastavnik.roadmap.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The hand-checked expected results (NNN.expected.json) and a way to compare a reading with them row by row. */
final class ExpectedRoadmaps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedRoadmaps() {
    }

    /** «seeds/001», «unseen/U2»… */
    static JsonNode load(String name) {
        try (InputStream in = ExpectedRoadmaps.class.getResourceAsStream("/" + name + ".expected.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each action as «number | title | deadline | responsible | result», for a comparison that shows the row. */
    static List<String> actionLines(ImportedRoadmap read) {
        return read.sections().stream().flatMap(section -> section.actions().stream())
                .map(action -> line(action.number(), action.title(), action.deadline(), action.responsible(),
                        action.result()))
                .toList();
    }

    static List<String> actionLines(JsonNode expected) {
        List<String> lines = new ArrayList<>();
        expected.get("actions").forEach(action -> lines.add(line(action.get("number").asText(),
                action.get("title").asText(), action.get("deadline").asText(), action.get("responsible").asText(),
                action.get("result").asText())));
        return lines;
    }

    /**
     * The expected result as a table's rows, in order: a stage's heading as a row of one cell («2. Формирование
     * базы»), then its actions as rows of number, title, deadline, responsible, result.
     */
    static List<String[]> tableRows(JsonNode expected) {
        List<String[]> rows = new ArrayList<>();
        for (JsonNode section : expected.get("sections")) {
            String number = section.get("number").asText();
            rows.add(new String[] {number + ". " + section.get("title").asText()});
            for (JsonNode action : expected.get("actions")) {
                if (action.get("number").asText().startsWith(number + ".")) {
                    rows.add(new String[] {action.get("number").asText(), action.get("title").asText(),
                            action.get("deadline").asText(), action.get("responsible").asText(),
                            action.get("result").asText()});
                }
            }
        }
        return rows;
    }

    static String line(String number, String title, String deadline, String responsible, String result) {
        return String.join(" | ", number, title, deadline, responsible, result);
    }
}
