package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** One row of the roadmap table as the page shows it: the deadline as typed, and how it was read. */
public record ActionRow(String section, String number, String title, String deadline, String kind,
                        List<LocalDate> dueDates, List<String> warnings, String responsible, String result) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static ActionRow of(JsonNode action) {
        JsonNode schedule = action.path("schedule");
        List<LocalDate> dates = new ArrayList<>();
        schedule.path("dueDates").forEach(date -> dates.add(LocalDate.parse(date.asText())));
        List<String> warnings = new ArrayList<>();
        schedule.path("warnings").forEach(warning -> warnings.add(warning.asText()));
        return new ActionRow(action.path("section").asText(), action.path("number").asText(),
                action.path("title").asText(), action.path("deadline").asText(),
                schedule.path("kind").asText("UNRECOGNIZED"), dates, warnings, action.path("responsible").asText(),
                action.path("result").asText());
    }

    /** «30.11.2026, 31.05.2027», or a word when the deadline has no date of its own. */
    public String dueDatesText() {
        if (!dueDates.isEmpty()) {
            return dueDates.stream().map(DATE::format).collect(Collectors.joining(", "));
        }
        return switch (kind) {
            case "RELATIVE" -> "от даты другого события";
            case "ON_DEMAND" -> "при необходимости";
            case "EXTERNAL" -> "срок определяет другая организация";
            default -> "срок не распознан";
        };
    }
}
