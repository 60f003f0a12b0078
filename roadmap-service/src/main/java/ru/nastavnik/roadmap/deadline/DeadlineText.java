package ru.nastavnik.roadmap.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Russian month names and date formatting shared by the parser and its explanations. */
final class DeadlineText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};

    /** Any case of any month name, as one regex group. */
    static final String MONTH = "(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]"
            + "|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";

    private DeadlineText() {
    }

    /** 1..12 for a month word in any case. */
    static int month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (lower.equals(GENITIVE[i]) || lower.equals(NOMINATIVE[i]) || lower.equals(PREPOSITIONAL[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("Not a month: " + word);
    }

    static String genitive(int month) {
        return GENITIVE[month - 1];
    }

    static String format(LocalDate date) {
        return date.format(DATE);
    }
}
