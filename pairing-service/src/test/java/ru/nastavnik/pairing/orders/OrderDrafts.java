package ru.nastavnik.pairing.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Drafts of the order for the DOCX and PDF tests. */
final class OrderDrafts {

    static final LocalDate SEPTEMBER_1 = LocalDate.of(2026, 9, 1);
    static final LocalDate MAY_25 = LocalDate.of(2027, 5, 25);
    static final LocalDate MAY_31 = LocalDate.of(2027, 5, 31);

    private OrderDrafts() {
    }

    /** A filled draft whose rows come unsorted: a group first in number, a pair, a pair of pseudonymous codes. */
    static OrderDraft filled() {
        return new OrderDraft("МБОУ «Гимназия № 2»", "45-о", SEPTEMBER_1, "2026/2027", List.of(
                new OrderDraft.Row(2, "учитель – учитель", false, "Смирнова Ольга Викторовна",
                        List.of("Кузнецов Артём Игоревич"), LocalDate.of(2026, 9, 15), MAY_31),
                new OrderDraft.Row(1, "ученик – ученик", true, "Иванова Анна",
                        List.of("Петров Пётр", "Сидорова Мария", "Ёлкин Фёдор"), SEPTEMBER_1, MAY_25),
                new OrderDraft.Row(3, "студент – ученик", false, "M-7F3A", List.of("E-12B9"), SEPTEMBER_1,
                        MAY_31)));
    }

    /** A blank draft: no organisation, no number, no date, no pairs. */
    static OrderDraft blank() {
        return new OrderDraft(null, "  ", null, "2026/2027", List.of());
    }

    /** Rows with long names, every fifth a group of four, given in reverse order. */
    static List<OrderDraft.Row> longRows(int count) {
        List<OrderDraft.Row> rows = new ArrayList<>();
        for (int number = count; number >= 1; number--) {
            boolean group = number % 5 == 0;
            int n = number;
            List<String> mentees = IntStream.rangeClosed(1, group ? 4 : 1)
                    .mapToObj(k -> "Наставляемая-Длиннофамильная-" + n + "-" + k + " Александра-Виктория "
                            + "Вячеславовна")
                    .toList();
            rows.add(new OrderDraft.Row(number, group ? "работодатель – ученик" : "студент – ученик", group,
                    "Константинопольская-Римская-Корсакова-" + number + " Елизавета-Мария Вячеславовна",
                    mentees, SEPTEMBER_1, MAY_31));
        }
        return rows;
    }

    static OrderDraft withRows(List<OrderDraft.Row> rows) {
        return new OrderDraft("Муниципальное бюджетное общеобразовательное учреждение «Средняя "
                + "общеобразовательная школа № 17 с углублённым изучением отдельных предметов имени "
                + "Героя Советского Союза И. И. Иванова»", "112", LocalDate.of(2026, 8, 31), "2026/2027", rows);
    }

    /** The texts of one row's cells in the order of the columns; the mentees and the period as their lines. */
    static List<String> cellTexts(OrderDraft.Row row) {
        return List.of(Integer.toString(row.number()), row.formTitle(), row.group() ? "группа" : "пара",
                row.mentor(), String.join("\n", row.mentees()),
                "с " + day(row.from()) + "\nпо " + day(row.to()));
    }

    private static String day(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
