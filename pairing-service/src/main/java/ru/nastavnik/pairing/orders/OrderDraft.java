package ru.nastavnik.pairing.orders;

import java.time.LocalDate;
import java.util.List;

/**
 * The draft of the head's order that fixes mentoring pairs and groups («Приказ о закреплении наставнических пар
 * (групп)»). Blank fields of a draft are printed as lines to fill in by hand.
 *
 * @param organisationName the organisation's name, e.g. «МБОУ «Гимназия № 2»»; {@code null}: a blank line
 * @param orderNumber      {@code null} or blank: «№ ____»
 * @param orderDate        {@code null}: ««___» __________ 20__ г.»
 * @param schoolYear       e.g. «2026/2027»; {@code null} or blank: «20__/20__»
 * @param rows             the pairs and groups of the appendix, printed sorted by {@link Row#number()}
 */
public record OrderDraft(String organisationName,
                         String orderNumber,
                         LocalDate orderDate,
                         String schoolYear,
                         List<Row> rows) {

    public OrderDraft {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One line of the appendix.
     *
     * @param number    the line's number (№ п/п)
     * @param formTitle the form of mentoring, e.g. «ученик – ученик»
     * @param group     a group: one mentor, several mentees
     * @param mentor    a name, or a pseudonymous code when no name was given
     * @param mentees   one for a pair, several for a group
     * @param from      the start of the period; {@code null}: a blank to fill in
     * @param to        the end of the period; {@code null}: a blank to fill in
     */
    public record Row(int number, String formTitle,
                      boolean group,
                      String mentor,
                      List<String> mentees,
                      LocalDate from, LocalDate to) {

        public Row {
            mentees = mentees == null ? List.of() : mentees.stream().map(m -> m == null ? "" : m).toList();
        }
    }
}
