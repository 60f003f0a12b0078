package ru.nastavnik.roadmap.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a roadmap deadline written in free Russian, the way schools and departments write them
 * («до 15.03.2024 г.», «ежегодно (июнь, декабрь)», «I квартал 2023», «в течение двух недель с даты
 * определения модели»), and turns it into concrete due dates over the roadmap's period. Never throws
 * on text: what it cannot read comes back {@link DeadlineKind#UNRECOGNIZED} with a warning and a
 * suggestion, and the text is always kept as typed.
 */
public final class DeadlineParser {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern FULL_DATE = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+" + DeadlineText.MONTH
            + "\\b(?:\\s+(\\d{4}))?", FLAGS);
    private static final Pattern MONTH_RANGE = Pattern.compile(DeadlineText.MONTH + "\\s*-\\s*" + DeadlineText.MONTH
            + "\\b((?:\\s*,?\\s*(?:и\\s+)?\\d{4}(?!\\d))*)", FLAGS);
    private static final Pattern MONTH_YEARS = Pattern.compile(DeadlineText.MONTH
            + "\\b((?:\\s*,?\\s*(?:и\\s+)?\\d{4}(?!\\d))*)", FLAGS);
    private static final Pattern QUARTER = Pattern.compile("\\b(iv|i{1,3}|[1-4])\\s*(?:-?(?:й|ый|ой))?\\s*"
            + "кв(?:артал\\p{L}*|\\.)?(?:\\s+(\\d{4}))?", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(20\\d{2})(?![\\d.])", FLAGS);
    private static final Pattern SINCE_YEAR = Pattern.compile("\\bс\\s+(20\\d{2})", FLAGS);
    private static final Pattern SINCE_MONTH = Pattern.compile("\\bс\\s+" + DeadlineText.MONTH + "\\s+(20\\d{2})", FLAGS);
    private static final Pattern RELATIVE = Pattern.compile("(?:в течение|не позднее|через)\\s+(\\d+|\\p{L}+)?\\s*"
            + "(дн\\p{L}*|недел\\p{L}*|месяц\\p{L}*)\\s+(?:с|со|после|от)\\s+(.+)", FLAGS);
    private static final Pattern YEARLY = Pattern.compile("ежегодн|каждого года|каждый год|раз в год", FLAGS);
    private static final Pattern QUARTERLY = Pattern.compile("ежекварт|каждый квартал|каждого квартала|раз в квартал", FLAGS);
    private static final Pattern MONTHLY = Pattern.compile("ежемесячн|каждый месяц|каждого месяца", FLAGS);
    private static final Pattern YEAR_RESULTS = Pattern.compile("по итогам (?:учебного )?года|в конце (?:учебного )?года", FLAGS);
    private static final Pattern WHOLE_PERIOD = Pattern.compile("весь период|всего периода|постоянно|на протяжении|"
            + "систематически|по мере поступления", FLAGS);
    private static final Pattern DURING_YEAR = Pattern.compile("в течение (?:учебного |календарного )?года", FLAGS);
    private static final Pattern EXTERNAL = Pattern.compile("в сроки,? (?:определяем|установленн|указанн)|"
            + "в соответствии со? срок|согласно график|по графику|по плану|в соответствии с план", FLAGS);
    private static final Pattern ON_DEMAND = Pattern.compile("при необходимости|по необходимости|"
            + "по мере необходимости|по запросу", FLAGS);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("одного", 1),
            Map.entry("одной", 1), Map.entry("двух", 2), Map.entry("трех", 3), Map.entry("четырех", 4),
            Map.entry("пяти", 5), Map.entry("шести", 6), Map.entry("семи", 7), Map.entry("десяти", 10),
            Map.entry("десять", 10), Map.entry("пятнадцати", 15), Map.entry("тридцати", 30));
    private static final String GENERIC_SUGGESTION = "Укажите дату («до 15.03.2027»), месяц («май 2027»), квартал "
            + "(«I квартал 2027») или периодичность («ежегодно (ноябрь)», «ежеквартально»)";

    /** What the reading found, before it is turned into due dates. */
    private static final class Reading {
        final List<LocalDate> fixed = new ArrayList<>();
        final List<Integer> yearlessMonths = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String suggestion;
        boolean range;
    }

    public DeadlineInterpretation interpret(String typed, RoadmapPeriod period) {
        String text = typed == null ? "" : typed.strip();
        String s = normalize(text);
        boolean conditional = ON_DEMAND.matcher(s).find();

        Matcher relative = RELATIVE.matcher(s);
        if (relative.find()) {
            return relative(text, relative, conditional);
        }

        Reading reading = new Reading();
        String rest = readDates(s, text, period, reading);
        rest = readQuarters(rest, period, reading);
        rest = readMonths(rest, period, reading);
        readYears(rest, reading);

        boolean yearly = YEARLY.matcher(s).find();
        boolean quarterly = QUARTERLY.matcher(s).find();
        boolean monthly = MONTHLY.matcher(s).find();
        if (quarterly || monthly) {
            LocalDate since = since(s, period);
            List<LocalDate> dates = quarterly ? quarterEnds(period, since) : monthEnds(period, since);
            return result(text, DeadlineKind.RECURRING, dates, conditional, null,
                    (quarterly ? "Ежеквартально" : "Ежемесячно") + ", в конце каждого "
                            + (quarterly ? "квартала" : "месяца") + sinceWords(since, period), reading, period);
        }
        if (yearly || s.contains("каждого года")) {
            return yearly(text, s, period, reading, conditional);
        }
        if (!reading.fixed.isEmpty() || !reading.yearlessMonths.isEmpty()) {
            List<LocalDate> dates = new ArrayList<>(reading.fixed);
            reading.yearlessMonths.forEach(month -> dates.add(period.firstMonthEnd(month)));
            if (reading.range && dates.size() > 1) {
                LocalDate end = dates.stream().max(LocalDate::compareTo).orElseThrow();
                dates.clear();
                dates.add(end);
            }
            String words = dates.size() == 1 ? "Один срок: " : "Сроки: ";
            return result(text, DeadlineKind.FIXED, dates, conditional, null, words + join(dates)
                    + (conditional ? " (при необходимости)" : ""), reading, period);
        }
        if (YEAR_RESULTS.matcher(s).find()) {
            List<LocalDate> ends = cycleEnds(period);
            return result(text, DeadlineKind.RECURRING, ends, conditional, null,
                    "По итогам каждого " + (period.bySchoolYears() ? "учебного" : "календарного") + " года: " + join(ends), reading, period);
        }
        if (WHOLE_PERIOD.matcher(s).find()) {
            return result(text, DeadlineKind.ONGOING, List.of(period.to()), conditional, null,
                    "Постоянно, весь период дорожной карты; итог — " + DeadlineText.format(period.to()), reading, period);
        }
        if (DURING_YEAR.matcher(s).find() || s.startsWith("в течение")) {
            List<LocalDate> ends = cycleEnds(period);
            return result(text, DeadlineKind.ONGOING, ends, conditional, null,
                    "В течение " + (period.bySchoolYears() ? "учебного" : "календарного") + " года; итог — " + join(ends), reading, period);
        }
        if (EXTERNAL.matcher(s).find()) {
            return result(text, DeadlineKind.EXTERNAL, List.of(), conditional, null,
                    "Срок определяет другая организация или другой документ: дату внесут, когда она станет известна",
                    reading, period);
        }
        if (conditional) {
            return result(text, DeadlineKind.ON_DEMAND, List.of(), true, null,
                    "При необходимости — без фиксированной даты", reading, period);
        }
        reading.warnings.add(text.isEmpty() ? "Срок не указан" : "Срок «" + text + "» не распознан");
        reading.suggestion = GENERIC_SUGGESTION;
        return result(text, DeadlineKind.UNRECOGNIZED, List.of(), false, null,
                "Срок сохранён как написан, но платформа не может поставить его в план", reading, period);
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[–—−]", "-")
                .replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private DeadlineInterpretation relative(String text, Matcher relative, boolean conditional) {
        String amount = relative.group(1);
        int count = amount == null ? 1 : amount.chars().allMatch(Character::isDigit) ? Integer.parseInt(amount)
                : NUMBER_WORDS.getOrDefault(amount, 1);
        String unit = relative.group(2);
        int days = unit.startsWith("недел") ? count * 7 : unit.startsWith("месяц") ? count * 30 : count;
        String anchor = relative.group(3).replaceAll("[.;]+$", "").replaceFirst("^(?:даты|дня|момента)\\s+", "").strip();
        return new DeadlineInterpretation(text, DeadlineKind.RELATIVE, List.of(), conditional, days, anchor,
                "Через " + days + " дн. после события: «" + anchor + "»; дата появится, когда событие произойдёт",
                List.of(), null);
    }

    /** Full dates and «1 февраля [2025]»; impossible dates are corrected to the month's last day, with a warning. */
    private String readDates(String s, String typed, RoadmapPeriod period, Reading reading) {
        StringBuilder rest = new StringBuilder(s);
        Matcher full = FULL_DATE.matcher(s);
        while (full.find()) {
            int year = Integer.parseInt(full.group(3));
            year = year < 100 ? 2000 + year : year;
            addDate(year, Integer.parseInt(full.group(2)), Integer.parseInt(full.group(1)), full.group(), typed,
                    reading);
            blank(rest, full.start(), full.end());
        }
        Matcher dayMonth = DAY_MONTH.matcher(rest.toString());
        while (dayMonth.find()) {
            int month = DeadlineText.month(dayMonth.group(2));
            // «с 1 января по 31 декабря 2021 г.»: a date without a year takes the year written after it
            Matcher laterYear = YEAR.matcher(s.substring(Math.min(s.length(), dayMonth.end())));
            int year = dayMonth.group(3) != null ? Integer.parseInt(dayMonth.group(3))
                    : laterYear.find() ? Integer.parseInt(laterYear.group(1)) : period.firstMonthEnd(month).getYear();
            addDate(year, month, Integer.parseInt(dayMonth.group(1)), dayMonth.group(), typed, reading);
            blank(rest, dayMonth.start(), dayMonth.end());
        }
        reading.range = s.startsWith("с ") && s.contains(" по ");
        return rest.toString();
    }

    private static void addDate(int year, int month, int day, String written, String typed, Reading reading) {
        if (month < 1 || month > 12) {
            reading.warnings.add("«" + written + "» — в году нет " + month + "-го месяца");
            reading.suggestion = GENERIC_SUGGESTION;
            return;
        }
        try {
            reading.fixed.add(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            LocalDate last = YearMonth.of(year, month).atEndOfMonth();
            reading.fixed.add(last);
            reading.warnings.add("Даты «" + written + "» не существует: в месяце " + last.getDayOfMonth()
                    + " дн.; срок прочитан как " + DeadlineText.format(last));
            String corrected = written.replaceFirst("^" + day, Integer.toString(last.getDayOfMonth()));
            reading.suggestion = Pattern.compile(Pattern.quote(written), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(typed).replaceFirst(Matcher.quoteReplacement(corrected));
        }
    }

    private String readQuarters(String s, RoadmapPeriod period, Reading reading) {
        StringBuilder rest = new StringBuilder(s);
        Matcher quarter = QUARTER.matcher(s);
        while (quarter.find()) {
            int number = switch (quarter.group(1)) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
            int lastMonth = number * 3;
            LocalDate end = quarter.group(2) != null
                    ? YearMonth.of(Integer.parseInt(quarter.group(2)), lastMonth).atEndOfMonth()
                    : period.firstMonthEnd(lastMonth);
            reading.fixed.add(end);
            blank(rest, quarter.start(), quarter.end());
        }
        return rest.toString();
    }

    /** «декабрь 2021», «июнь 2023, 2024», «ноябрь-декабрь 2022», «апрель», «(июнь, декабрь)». */
    private String readMonths(String s, RoadmapPeriod period, Reading reading) {
        StringBuilder rest = new StringBuilder(s);
        Matcher range = MONTH_RANGE.matcher(s);
        while (range.find()) {
            int last = DeadlineText.month(range.group(2));
            List<Integer> years = years(range.group(3));
            if (years.isEmpty()) {
                reading.yearlessMonths.add(last);
            } else {
                years.forEach(year -> reading.fixed.add(YearMonth.of(year, last).atEndOfMonth()));
            }
            blank(rest, range.start(), range.end());
        }
        Matcher months = MONTH_YEARS.matcher(rest.toString());
        while (months.find()) {
            int month = DeadlineText.month(months.group(1));
            List<Integer> years = years(months.group(2));
            if (years.isEmpty()) {
                reading.yearlessMonths.add(month);
            } else {
                years.forEach(year -> reading.fixed.add(YearMonth.of(year, month).atEndOfMonth()));
            }
            blank(rest, months.start(), months.end());
        }
        return rest.toString();
    }

    /** A bare year («2024 г. (при необходимости)») means by the end of that year; «с 2023 года» is a start, not a date. */
    private void readYears(String rest, Reading reading) {
        String withoutSince = SINCE_YEAR.matcher(rest).replaceAll(" ");
        Matcher year = YEAR.matcher(withoutSince);
        while (year.find()) {
            reading.fixed.add(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31));
        }
    }

    private DeadlineInterpretation yearly(String text, String s, RoadmapPeriod period, Reading reading,
                                          boolean conditional) {
        LocalDate since = since(s, period);
        TreeSet<LocalDate> dates = new TreeSet<>(reading.fixed);
        List<Integer> months = new ArrayList<>(reading.yearlessMonths);
        if (months.isEmpty() && !reading.fixed.isEmpty() && SINCE_YEAR.matcher(s).find()) {
            // «ноябрь-декабрь 2022 (с 2023 года - ежегодно)»: the same month every year from then on
            months.add(reading.fixed.get(reading.fixed.size() - 1).getMonthValue());
        }
        if (months.isEmpty() && reading.fixed.isEmpty()) {
            dates.addAll(cycleEnds(period));
            return result(text, DeadlineKind.RECURRING, List.copyOf(dates), conditional, null,
                    "Ежегодно, один раз в " + period.cycleWord() + " (до " + (period.bySchoolYears() ? "конца мая" : "31 декабря") + "): " + join(dates), reading, period);
        }
        period.cycleStarts().forEach(start -> months.forEach(month -> {
            LocalDate due = period.monthEnd(start, month);
            if (period.contains(due) && !due.isBefore(since)) {
                dates.add(due);
            }
        }));
        String monthWords = months.stream().map(DeadlineText::genitive).distinct().collect(Collectors.joining(", "));
        return result(text, DeadlineKind.RECURRING, List.copyOf(dates), conditional, null,
                "Ежегодно" + (monthWords.isEmpty() ? "" : ", в конце месяца: " + monthWords) + ": " + join(dates),
                reading, period);
    }

    private static LocalDate since(String s, RoadmapPeriod period) {
        Matcher month = SINCE_MONTH.matcher(s);
        if (month.find()) {
            return LocalDate.of(Integer.parseInt(month.group(2)), DeadlineText.month(month.group(1)), 1);
        }
        Matcher year = SINCE_YEAR.matcher(s);
        if (year.find()) {
            return LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
        }
        return period.from();
    }

    private static String sinceWords(LocalDate since, RoadmapPeriod period) {
        return since.isAfter(period.from()) ? ", начиная с " + DeadlineText.format(since) : "";
    }

    private static List<LocalDate> quarterEnds(RoadmapPeriod period, LocalDate since) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.to()); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            if (month.getMonthValue() % 3 == 0 && period.contains(end) && !end.isBefore(since)) {
                ends.add(end);
            }
        }
        return ends;
    }

    private static List<LocalDate> monthEnds(RoadmapPeriod period, LocalDate since) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.to()); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            if (period.contains(end) && !end.isBefore(since)) {
                ends.add(end);
            }
        }
        return ends;
    }

    private static List<LocalDate> cycleEnds(RoadmapPeriod period) {
        return period.cycleStarts().mapToObj(period::cycleEnd).filter(period::contains)
                .toList();
    }

    private static List<Integer> years(String group) {
        List<Integer> years = new ArrayList<>();
        Matcher year = Pattern.compile("\\d{4}").matcher(group == null ? "" : group);
        while (year.find()) {
            years.add(Integer.parseInt(year.group()));
        }
        return years;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static String join(java.util.Collection<LocalDate> dates) {
        return dates.stream().sorted().map(DeadlineText::format).collect(Collectors.joining(", "));
    }

    private static DeadlineInterpretation result(String text, DeadlineKind kind, List<LocalDate> dates,
                                                 boolean conditional, Integer relativeDays, String explanation,
                                                 Reading reading, RoadmapPeriod period) {
        List<LocalDate> sorted = new TreeSet<>(dates).stream().toList();
        List<String> warnings = new ArrayList<>(reading.warnings);
        List<LocalDate> outside = sorted.stream().filter(date -> !period.contains(date)).toList();
        if (!outside.isEmpty()) {
            warnings.add("Срок " + join(outside) + " вне периода дорожной карты (" + period + ")");
        }
        if (kind == DeadlineKind.RECURRING && sorted.isEmpty()) {
            warnings.add("В периоде дорожной карты (" + period + ") нет ни одного срока");
        }
        return new DeadlineInterpretation(text, kind, sorted, conditional, relativeDays, null, explanation, warnings,
                reading.suggestion);
    }
}
