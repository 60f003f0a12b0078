package ru.nastavnik.pairing.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Russian wording of the order, shared by the DOCX and the PDF so that both read the same. */
final class OrderTexts {

    static final String ORDER = "ПРИКАЗ";
    static final String TITLE = "О закреплении наставнических пар (групп)";
    static final String BLANK_ORGANISATION = "_".repeat(48);
    static final String ORGANISATION_CAPTION = "(наименование образовательной организации)";
    static final String DIRECTIVE = "ПРИКАЗЫВАЮ:";
    static final String SIGNATURE = "Директор ____________ / ____________ /";
    static final String APPENDIX = "Приложение";
    static final String NO_PAIRS = "Пары не выбраны";
    static final List<String> HEADERS = List.of("№ п/п", "Форма наставничества", "Пара / группа", "Наставник",
            "Наставляемый (наставляемые)", "Срок");

    private static final String BLANK_DATE = "«___» __________ 20__ г.";
    private static final String BLANK_NUMBER = "№ ____";
    private static final String BLANK_YEAR = "20__/20__";
    private static final String BLANK_DAY = "__.__.____";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря"};

    private OrderTexts() {
    }

    /** Whether the organisation's name is missing and a blank line is printed instead. */
    static boolean blankOrganisation(OrderDraft draft) {
        return isBlank(draft.organisationName());
    }

    static String organisation(OrderDraft draft) {
        return blankOrganisation(draft) ? BLANK_ORGANISATION : text(draft.organisationName());
    }

    /** «01» сентября 2026 г., as an order is dated. */
    static String date(OrderDraft draft) {
        LocalDate date = draft.orderDate();
        if (date == null) {
            return BLANK_DATE;
        }
        return String.format("«%02d» %s %d г.", date.getDayOfMonth(), MONTHS[date.getMonthValue() - 1],
                date.getYear());
    }

    static String number(OrderDraft draft) {
        return isBlank(draft.orderNumber()) ? BLANK_NUMBER : "№ " + text(draft.orderNumber());
    }

    static String schoolYear(OrderDraft draft) {
        return isBlank(draft.schoolYear()) ? BLANK_YEAR : text(draft.schoolYear());
    }

    static String preamble(OrderDraft draft) {
        return "В соответствии с Положением о системе наставничества образовательной организации и в целях "
                + "реализации целевой модели наставничества в " + schoolYear(draft) + " учебном году";
    }

    static List<String> items(OrderDraft draft) {
        return List.of(
                "1. Закрепить наставнические пары (группы) на " + schoolYear(draft)
                        + " учебный год согласно приложению к настоящему приказу.",
                "2. Наставникам разработать совместно с наставляемыми индивидуальные планы развития под "
                        + "руководством наставника в течение двух недель со дня издания настоящего приказа.",
                "3. Куратору программы наставничества обеспечить организационное сопровождение деятельности "
                        + "наставнических пар (групп) и мониторинг реализации программы наставничества.",
                "4. Контроль за исполнением настоящего приказа оставляю за собой.");
    }

    /** «к приказу от «01» сентября 2026 г. № 45-о», the line under «Приложение». */
    static String appendixReference(OrderDraft draft) {
        return "к приказу от " + date(draft) + " " + number(draft);
    }

    static String appendixTitle(OrderDraft draft) {
        return "Наставнические пары (группы) на " + schoolYear(draft) + " учебный год";
    }

    static List<OrderDraft.Row> sortedRows(OrderDraft draft) {
        return draft.rows().stream().sorted(Comparator.comparingInt(OrderDraft.Row::number)).toList();
    }

    /**
     * The cells of one table row, each as its paragraphs: a group's mentees one per paragraph, the period as
     * «с 01.09.2026» over «по 31.05.2027».
     */
    static List<List<String>> cells(OrderDraft.Row row) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of(Integer.toString(row.number())));
        cells.add(List.of(text(row.formTitle())));
        cells.add(List.of(row.group() ? "группа" : "пара"));
        cells.add(List.of(text(row.mentor())));
        cells.add(row.mentees().isEmpty() ? List.of("") : row.mentees().stream().map(OrderTexts::text).toList());
        cells.add(List.of("с " + day(row.from()), "по " + day(row.to())));
        return cells;
    }

    static String day(LocalDate date) {
        return date == null ? BLANK_DAY : DAY.format(date);
    }

    /** One line of plain text: line breaks, tabs and other control characters become single spaces. */
    static String text(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static boolean isBlank(String value) {
        return text(value).isEmpty();
    }
}
