package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** One row of the roadmap table as the page shows it: the deadline as typed, and how it was read. */
public record ActionRow(String id, String section, String number, String title, String deadline, String kind,
                        List<LocalDate> dueDates, List<String> warnings, String responsible, String result,
                        List<OccurrenceView> occurrences, Anchor anchor) {

    /** The action a relative deadline counts from; {@code suggested} when the platform found it by the words. */
    public record Anchor(String actionId, String number, int days, boolean suggested) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One due date of an adopted roadmap and what became of it. */
    public record OccurrenceView(LocalDate dueDate, String status, String evidence, String cancelReason) {

        public String dueDateText() {
            return DATE.format(dueDate);
        }

        public boolean open() {
            return "PENDING".equals(status) || "OVERDUE".equals(status);
        }

        public String statusTitle() {
            return switch (status) {
                case "PENDING" -> "ожидается";
                case "OVERDUE" -> "просрочено";
                case "DONE" -> "выполнено в срок";
                case "DONE_LATE" -> "выполнено с опозданием";
                case "CANCELLED" -> "отменено";
                default -> status;
            };
        }
    }

    static ActionRow of(JsonNode action) {
        return of(action, List.of());
    }

    static ActionRow of(JsonNode action, List<JsonNode> allOccurrences) {
        List<OccurrenceView> occurrences = allOccurrences.stream()
                .filter(occurrence -> occurrence.path("actionId").asText().equals(action.path("id").asText()))
                .map(occurrence -> new OccurrenceView(LocalDate.parse(occurrence.get("dueDate").asText()),
                        occurrence.get("status").asText(), evidence(occurrence),
                        occurrence.path("cancelReason").asText("")))
                .toList();
        JsonNode schedule = action.path("schedule");
        List<LocalDate> dates = new ArrayList<>();
        schedule.path("dueDates").forEach(date -> dates.add(LocalDate.parse(date.asText())));
        List<String> warnings = new ArrayList<>();
        schedule.path("warnings").forEach(warning -> warnings.add(warning.asText()));
        return new ActionRow(action.path("id").asText(), action.path("section").asText(),
                action.path("number").asText(), action.path("title").asText(), action.path("deadline").asText(),
                schedule.path("kind").asText("UNRECOGNIZED"), dates, warnings, action.path("responsible").asText(),
                action.path("result").asText(), occurrences, anchor(schedule.path("anchor")));
    }

    private static Anchor anchor(JsonNode anchor) {
        return anchor.isMissingNode() || anchor.isNull() ? null : new Anchor(anchor.path("actionId").asText(),
                anchor.path("number").asText(), anchor.path("days").asInt(), anchor.path("suggested").asBoolean());
    }

    public String anchorActionId() {
        return anchor == null ? "" : anchor.actionId();
    }

    private static String evidence(JsonNode occurrence) {
        if (!occurrence.hasNonNull("evidenceKind")) {
            return "";
        }
        String number = occurrence.path("evidenceNumber").asText("");
        String date = occurrence.hasNonNull("evidenceDate")
                ? DATE.format(LocalDate.parse(occurrence.get("evidenceDate").asText())) : "";
        return occurrence.get("evidenceKind").asText() + (number.isBlank() ? "" : " № " + number)
                + (date.isBlank() ? "" : " от " + date);
    }

    /** «30.11.2026, 31.05.2027», or a word when the deadline has no date of its own. */
    public String dueDatesText() {
        if (!dueDates.isEmpty()) {
            return dueDates.stream().map(DATE::format).collect(Collectors.joining(", "));
        }
        if (anchor != null) {
            return "через " + anchor.days() + " дн. после выполнения " + anchor.number()
                    + (anchor.suggested() ? " (найдено по тексту срока)" : "");
        }
        return switch (kind) {
            case "RELATIVE" -> "от даты другого события: укажите, от какого мероприятия отсчитывать";
            case "ON_DEMAND" -> "при необходимости";
            case "EXTERNAL" -> "срок определяет другая организация";
            default -> "срок не распознан";
        };
    }
}
