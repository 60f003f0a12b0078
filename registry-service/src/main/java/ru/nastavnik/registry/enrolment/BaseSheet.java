package ru.nastavnik.registry.enrolment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.registry.command.ConsentScope;
import ru.nastavnik.registry.command.ConsentSigner;
import ru.nastavnik.contracts.vocabulary.MentoringRequest;
import ru.nastavnik.registry.command.ParticipantCategory;
import ru.nastavnik.registry.command.ParticipantRole;

/**
 * A school's spreadsheet of mentors or mentees, read by its headers as people write them («ФИО», «Дата рождения»,
 * «Класс», «Согласие: дата» …), in any order, with the header on any of the first rows. Each row becomes a person
 * or a list of reasons, in Russian, why it cannot be one.
 */
public final class BaseSheet {

    /** The fields a base import knows, with the words that name them in a header. */
    enum Column {
        FULL_NAME("фио", "ф.и.о", "фамилия"),
        BIRTH_DATE("дата рождения", "родил"),
        ROLE("роль"),
        CATEGORY("категори"),
        GRADE("класс"),
        EXPERIENCE("стаж"),
        CONTACTS("контакт", "телефон", "e-mail", "почта"),
        SIGNED_BY("кто подписал", "подписал"),
        SIGNER_NAME("представител", "родител"),
        CONSENT_DATE("дата согласия", "согласие"),
        REQUESTS("запрос"),
        PARTNER("партн");

        private final String[] words;

        Column(String... words) {
            this.words = words;
        }
    }

    /**
     * One row: the person it describes, or why it cannot be read.
     *
     * @param line        the row's number as the spreadsheet shows it
     * @param partnerName for a partner's employee, the partner as written; the registry finds it among the school's
     */
    public record Line(int line, NewPerson person, List<String> errors, String partnerName) {

        /** The same row with its partner found, or with the reason it was not. */
        public Line withPartner(String partnerId, String problem) {
            List<String> all = new ArrayList<>(errors);
            if (problem != null) {
                all.add(problem);
            }
            return new Line(line, person.withPartner(partnerId), List.copyOf(all), partnerName);
        }
    }

    public record Reading(Map<String, String> columns, List<Line> lines) {
    }

    private static final Pattern GRADE = Pattern.compile("(\\d{1,2})");
    /** Strict: 31.02.2013 is an error to show, not a date to quietly move to 28.02. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int HEADER_SEARCH_ROWS = 10;

    private BaseSheet() {
    }

    public static Reading read(List<List<String>> rows) {
        int headerRow = -1;
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS) && headerRow < 0; r++) {
            Map<Column, Integer> found = columnsOf(rows.get(r));
            if (found.containsKey(Column.FULL_NAME) && found.containsKey(Column.BIRTH_DATE)) {
                headerRow = r;
                columns = found;
            }
        }
        if (headerRow < 0) {
            throw new IllegalArgumentException("Не найдена строка заголовков: нужны хотя бы столбцы «ФИО» и «Дата рождения»");
        }
        Map<String, String> recognised = new LinkedHashMap<>();
        List<String> header = rows.get(headerRow);
        columns.forEach((column, index) -> recognised.put(column.name(), header.get(index)));
        List<Line> lines = new ArrayList<>();
        for (int r = headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(line(r + 1, row, columns));
        }
        return new Reading(recognised, lines);
    }

    private static Map<Column, Integer> columnsOf(List<String> row) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i).toLowerCase(Locale.ROOT).replace('ё', 'е');
            for (Column column : Column.values()) {
                if (found.containsKey(column)) {
                    continue;
                }
                boolean named = false;
                for (String word : column.words) {
                    named |= cell.contains(word);
                }
                // «ФИО родителя» names the guardian, «Дата согласия» is not the consent's signer
                if (named && !(column == Column.FULL_NAME && (cell.contains("родител") || cell.contains("представител")))
                        && !(column == Column.CONSENT_DATE && cell.contains("подписал"))) {
                    found.put(column, i);
                    break;
                }
            }
        }
        return found;
    }

    private static Line line(int number, List<String> row, Map<Column, Integer> columns) {
        List<String> errors = new ArrayList<>();
        String fullName = cell(row, columns, Column.FULL_NAME);
        if (fullName.isBlank()) {
            errors.add("нет ФИО");
        }
        LocalDate birthDate = date(cell(row, columns, Column.BIRTH_DATE), "дата рождения", errors, true);
        Integer grade = number(cell(row, columns, Column.GRADE), "класс", errors);
        Integer experience = number(cell(row, columns, Column.EXPERIENCE), "стаж", errors);
        ParticipantRole role = role(cell(row, columns, Column.ROLE), errors);
        ParticipantCategory category = category(cell(row, columns, Column.CATEGORY), grade, experience, errors);
        String signerName = cell(row, columns, Column.SIGNER_NAME);
        String signedByText = cell(row, columns, Column.SIGNED_BY).toLowerCase(Locale.ROOT);
        ConsentSigner signedBy = signedByText.contains("родит") || signedByText.contains("представ")
                || signedByText.isEmpty() && !signerName.isBlank() ? ConsentSigner.GUARDIAN : ConsentSigner.PERSON;
        LocalDate signedOn = date(cell(row, columns, Column.CONSENT_DATE), "дата согласия", errors, false);
        if (signedOn == null && errors.stream().noneMatch(error -> error.startsWith("дата согласия"))) {
            errors.add("нет даты согласия: без согласия строка не загружается");
        }
        Set<MentoringRequest> requests = EnumSet.noneOf(MentoringRequest.class);
        List<String> ownWords = new ArrayList<>();
        for (String request : cell(row, columns, Column.REQUESTS).split("[;,\\n]")) {
            if (request.isBlank()) {
                continue;
            }
            MentoringRequest known = request(request);
            if (known == null) {
                ownWords.add(request.strip());
            } else {
                requests.add(known);
            }
        }
        if (!errors.isEmpty()) {
            return new Line(number, new NewPerson(role, category, fullName, birthDate, null, grade, experience,
                    signedBy, signerName, signedOn, Set.of(), Set.of(), "", null), errors,
                    cell(row, columns, Column.PARTNER));
        }
        return new Line(number, new NewPerson(role, category, fullName, birthDate,
                cell(row, columns, Column.CONTACTS), grade, experience, signedBy, signerName, signedOn,
                Set.of(ConsentScope.PROCESSING), requests, String.join("; ", ownWords), null), List.of(),
                cell(row, columns, Column.PARTNER));
    }

    private static String cell(List<String> row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private static LocalDate date(String text, String what, List<String> errors, boolean required) {
        if (text.isBlank()) {
            if (required) {
                errors.add("нет значения «" + what + "»");
            }
            return null;
        }
        if (text.matches("\\d{5}")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(text));
        }
        String cleaned = text.replaceAll("\\s*г\\.?$", "").strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(cleaned, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing a date
            }
        }
        errors.add(what + " «" + text + "» не похожа на дату (нужно, например, 15.03.2014)");
        return null;
    }

    private static Integer number(String text, String what, List<String> errors) {
        if (text.isBlank()) {
            return null;
        }
        Matcher digits = GRADE.matcher(text);
        if (!digits.find()) {
            errors.add(what + " «" + text + "» — не число");
            return null;
        }
        return Integer.parseInt(digits.group(1));
    }

    private static ParticipantRole role(String text, List<String> errors) {
        String role = text.toLowerCase(Locale.ROOT);
        if (role.startsWith("наставляем") || role.isEmpty()) {
            return ParticipantRole.MENTEE;
        }
        if (role.startsWith("наставник")) {
            return ParticipantRole.MENTOR;
        }
        if (role.startsWith("куратор")) {
            return ParticipantRole.CURATOR;
        }
        errors.add("роль «" + text + "» неизвестна: наставник, наставляемый или куратор");
        return ParticipantRole.MENTEE;
    }

    /** From the words schools use; without a category column, a grade means a pupil and experience a teacher. */
    private static ParticipantCategory category(String text, Integer grade, Integer experience, List<String> errors) {
        String category = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (category.isEmpty()) {
            return grade != null ? ParticipantCategory.PUPIL
                    : experience != null && experience <= 3 ? ParticipantCategory.YOUNG_TEACHER : ParticipantCategory.TEACHER;
        }
        if (category.contains("молод")) {
            return ParticipantCategory.YOUNG_TEACHER;
        }
        if (category.contains("нов")) {
            return ParticipantCategory.NEW_TEACHER;
        }
        if (category.contains("учени") || category.contains("обучающ") || category.contains("школьн")) {
            return ParticipantCategory.PUPIL;
        }
        if (category.contains("педагог") || category.contains("учител")) {
            return ParticipantCategory.TEACHER;
        }
        if (category.contains("выпускн")) {
            return ParticipantCategory.GRADUATE;
        }
        if (category.contains("студент")) {
            return ParticipantCategory.COLLEGE_STUDENT;
        }
        if (category.contains("сотрудник") || category.contains("партн") || category.contains("работодат")) {
            return ParticipantCategory.PARTNER_EMPLOYEE;
        }
        errors.add("категория «" + text + "» неизвестна");
        return ParticipantCategory.PUPIL;
    }

    private static MentoringRequest request(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (MentoringRequest request : MentoringRequest.values()) {
            String title = request.title().toLowerCase(Locale.ROOT);
            if (title.equals(wanted) || title.startsWith(wanted) && wanted.length() >= 6) {
                return request;
            }
        }
        return null;
    }
}
