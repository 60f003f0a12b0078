package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Partners' agreements as bars over a common span of time, so a person sees at a glance which are in force and
 * which run out soon. Positions are percentages of the span's width.
 */
public record AgreementTerms(LocalDate from, LocalDate to, int todayAt, List<Bar> bars) {

    /** @param open no end date: drawn to the right edge */
    public record Bar(String partner, String number, int left, int width, boolean active, boolean open, String title) {
    }

    static AgreementTerms of(JsonNode partners, LocalDate today) {
        LocalDate from = today.minusYears(1).withDayOfMonth(1);
        LocalDate to = today.plusYears(2).withDayOfMonth(1);
        long span = ChronoUnit.DAYS.between(from, to);
        List<Bar> bars = new ArrayList<>();
        for (JsonNode partner : partners) {
            for (JsonNode agreement : partner.path("agreements")) {
                LocalDate signed = LocalDate.parse(agreement.get("signedOn").asText());
                boolean open = !agreement.hasNonNull("validUntil");
                LocalDate until = open ? to : LocalDate.parse(agreement.get("validUntil").asText());
                LocalDate start = signed.isBefore(from) ? from : signed;
                LocalDate end = until.isAfter(to) ? to : until;
                if (end.isBefore(from) || start.isAfter(to)) {
                    continue;
                }
                int left = (int) (ChronoUnit.DAYS.between(from, start) * 100 / span);
                int width = Math.max(1, (int) (ChronoUnit.DAYS.between(start, end) * 100 / span));
                bars.add(new Bar(partner.get("name").asText(), agreement.get("number").asText(), left, width,
                        agreement.path("active").asBoolean(), open, "№ " + agreement.get("number").asText()
                        + " с " + Dates.ru(signed) + (open ? ", бессрочное" : " по " + Dates.ru(until))));
            }
        }
        return new AgreementTerms(from, to, (int) (ChronoUnit.DAYS.between(from, today) * 100 / span), bars);
    }

    /** Russian dates for the bars' titles. */
    static final class Dates {
        private Dates() {
        }

        static String ru(LocalDate date) {
            return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        }
    }
}
