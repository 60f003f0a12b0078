package ru.nastavnik.roadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell one cell of a roadmap's row from the next when a table has lost its columns: the ways
 * deadlines are written, the roles named as responsible, and where a list of roles ends (at the first capitalised
 * word that is neither an abbreviation nor another role after a comma: the result's first word).
 */
final class CellWords {

    private static final String MONTH = "(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
    private static final String YEAR = "20\\d{2}(?:\\s*(?:г\\.|года|г)(?!\\p{L}))?";
    private static final String REMARK = "(?:\\s*\\([^()]{0,120}\\))?";
    /** Deadlines written out in full: these are also what a deadline broken across interleaved lines must complete to. */
    private static final String FULL = "(?:"
            + "(?:до|не позднее)\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?:\\s*г\\.?)?"
            + "|(?:до|не позднее|к)\\s+\\d{1,2}\\s+" + MONTH + "(?:\\s+" + YEAR + ")?"
            + "|(?:до|не позднее)\\s+" + MONTH + "(?:\\s+" + YEAR + ")?"
            + "|с\\s+\\d{1,2}\\s+" + MONTH + "\\s+по\\s+\\d{1,2}\\s+" + MONTH + "(?:\\s+" + YEAR + ")?"
            + "|с\\s+" + MONTH + "\\s+" + YEAR + "(?:\\s+(?:ежекварталь\\p{L}*|ежегодно|ежемесячно))?"
            + "|ежегодно" + REMARK + "|ежекварталь\\p{L}*|ежемесячно|еженедельно"
            + "|в\\s+течение\\s+(?:всего\\s+)?(?:учебного\\s+|календарного\\s+)?(?:года"
            + "|периода(?:\\s+(?:реализации|внедрения)(?:\\s+(?:\\p{Lu}{2,}|программ\\p{L}*|проекта)(?![\\p{L}-])"
            + "(?:\\s+наставничества)?)?)?)"
            + "|в\\s+течение\\s+20\\d{2}(?:\\s*[–—-]\\s*20\\d{2})?\\s*(?:года|гг?\\.)"
            + "|(?:I{1,3}|IV|[1-4])\\s+квартал(?:\\s+" + YEAR + ")?" + REMARK
            + "|(?:I{1,2}|[12])\\s+полугоди\\p{L}*(?:\\s+" + YEAR + ")?" + REMARK
            + "|" + MONTH + "(?:\\s*[-–—]\\s*" + MONTH + ")?\\s+" + YEAR + "(?:\\s*,\\s*20\\d{2})*" + REMARK
            + "|" + MONTH + "(?:\\s*[-–—]\\s*" + MONTH + ")?(?:\\s+каждого\\s+года)?(?=[\\s,.;]|$)"
            + "|(?:\\d+|один|два|три)\\s+раза?\\s+в\\s+(?:четверть|месяц|неделю|полугодие|год|квартал|триместр)"
            + "|" + YEAR + REMARK
            + "|при\\s+необходимости|по\\s+итогам\\s+(?:кажд\\p{L}+\\s+)?(?:учебного\\s+)?(?:года|четверти|полугодия|триместра|месяца)"
            + "|в\\s+соответствии\\s+с\\s+требованиями|по\\s+запросу(?:\\s+(?:\\p{Lu}{2,}|\\p{Ll}+))?)";
    /** Openings that say a deadline starts here and not how it ends: the deadline runs on to the responsible party. */
    private static final String OPENING = "(?:в\\s+течение|в\\s+сроки|в\\s+соответствии\\s+со\\s+сроками"
            + "|постоянно|по\\s+мере|на\\s+протяжении|по\\s+графику|согласно\\s+график\\p{L}*)";
    private static final String EDGE = "(?<![\\p{L}\\d])";
    static final Pattern DEADLINE_IN_FULL = Pattern.compile("(?iu)" + FULL);
    static final Pattern DEADLINE = Pattern.compile("(?iu)" + EDGE + "(?:" + FULL + "|" + OPENING + ")");
    private static final String END = "(?!\\p{L})";
    /**
     * The roles roadmaps name as responsible («Управление образования, ИМГ, руководители ОО, ДО»), in the nominative
     * a responsible column uses: «для кураторов», «с наставниками» in a title are not a responsible party.
     */
    private static final Pattern ROLE = Pattern.compile(EDGE + "(?:"
            + "(?:[Зз]аместитель|[Зз]ам\\.)\\s*директора(?:\\s+по\\s+[А-ЯЁ]{2,4}" + END + ")?"
            + "|[Дд]иректор(?:\\s+школы|\\s+гимназии|\\s+лицея)?" + END
            + "|(?:[Шш]кольный\\s+|[Мм]униципальный\\s+)?[Кк]уратор(?:ы)?" + END
            + "|[Аа]дминистратор\\s+сайта|[Нн]аставник(?:и)?" + END + "|[Рр]уководител(?:ь|и)" + END
            + "|[Уу]правление\\s+образования|[Оо]тдел\\s+образования|[Кк]омитет\\s+(?:по\\s+)?образовани\\p{L}*"
            + "|(?:ИМГ|ИМЦ|ИМО|ММЦ|ЦОКО|ДО|ОО|ОУ|ШМО|ММС|РМО|МО)" + END + "|[Оо]бразовательные\\s+организации"
            + "|(?:МКУ|МБУ|МАУ|ГБУ|ГАУ|МКОУ|МБОУ|МАОУ|ГБОУ)\\s*«[^»\\n]{1,60}»"
            + "|[Пп]едагог(?:и)?-\\s*психолог(?:и)?" + END + "|[Сс]оциальн(?:ый|ые)\\s+педагог(?:и)?" + END
            + "|[Кк]лассн(?:ый|ые)\\s+руководител(?:ь|и)" + END
            + "|[Уу]чител(?:ь|я)(?:-\\s*(?:предметник(?:и)?|логопед(?:ы)?|дефектолог(?:и)?))?" + END
            + "|[Мм]етодист(?:ы)?" + END + "|[Рр]абочая\\s+группа|[Сс]овет\\s+(?:обучающихся|старшеклассников|родителей|наставников)"
            + "|[Сс]оветник\\s+директора(?:\\s+по\\s+воспитанию)?|[Пп]едагоги-\\s*наставники)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern CHAINED = Pattern.compile("\\s*,\\s*(?:\\p{L}+\\s*[–—-]?\\s*)?");
    private static final int MOST_WORDS_BETWEEN_DEADLINE_AND_RESPONSIBLE = 8;

    private CellWords() {
    }

    /** Where a row's deadline and responsible party are, found together: a deadline, then a role soon after it. */
    record Boundaries(int deadlineStart, int responsibleStart, int responsibleEnd) {
    }

    /**
     * The first role that follows a deadline within a few words; the deadline is the last one that opens before that
     * role and runs up to it («…в 2021 г. в течение года Руководители ОО»: the year is the title's, the deadline is
     * «в течение года»). Null when no deadline is followed by a role.
     */
    static Boundaries deadlineThenResponsible(String text) {
        List<int[]> deadlines = new ArrayList<>();
        Matcher deadline = DEADLINE.matcher(text);
        while (deadline.find()) {
            deadlines.add(new int[] {deadline.start(), deadline.end()});
        }
        if (deadlines.isEmpty()) {
            return null;
        }
        Matcher role = ROLE.matcher(text).useTransparentBounds(true).region(deadlines.getFirst()[1], text.length());
        int last = -1;
        while (role.find()) {
            while (last + 1 < deadlines.size() && deadlines.get(last + 1)[1] <= role.start()) {
                last++;
            }
            if (last >= 0 && words(text, deadlines.get(last)[1], role.start()) <= MOST_WORDS_BETWEEN_DEADLINE_AND_RESPONSIBLE) {
                int first = last;
                // «постоянно, по мере поступления», «I квартал 2026, далее – постоянно»: deadlines joined by a comma are one
                while (first > 0 && CHAINED.matcher(text.substring(deadlines.get(first - 1)[1], deadlines.get(first)[0])).matches()) {
                    first--;
                }
                return new Boundaries(deadlines.get(first)[0], role.start(), responsibleEnd(text, role));
            }
        }
        return null;
    }

    /** A role that begins one of the lines after the first: the responsible column of a row without a deadline. */
    static Boundaries responsibleOnItsOwnLine(String text) {
        Matcher role = ROLE.matcher(text);
        while (role.find()) {
            if (role.start() > 0 && text.charAt(role.start() - 1) == '\n') {
                return new Boundaries(role.start(), role.start(), responsibleEnd(text, role));
            }
        }
        return null;
    }

    /** The length of the full deadline that {@code text} begins with, or -1. */
    static int deadlineInFullAt(String text) {
        Matcher full = DEADLINE_IN_FULL.matcher(text);
        return full.lookingAt() ? full.end() : -1;
    }

    /**
     * A list of roles goes on through lower-case words, abbreviations, punctuation and further roles after a comma;
     * the first other capitalised word begins the result.
     */
    private static int responsibleEnd(String text, Matcher firstRole) {
        int end = firstRole.end();
        Matcher word = WORD.matcher(text);
        Matcher anotherRole = ROLE.matcher(text);
        while (word.find(end)) {
            if (isLowerCaseAbbreviationOrPunctuation(word.group())) {
                end = word.end();
            } else if (afterComma(text, word.start())
                    && anotherRole.region(word.start(), text.length()).lookingAt()) {
                end = anotherRole.end();
            } else {
                break;
            }
        }
        return end;
    }

    /** «лица», «(далее», «ОО,», «—»: words that go on a list of roles; a capitalised word does not. */
    private static boolean isLowerCaseAbbreviationOrPunctuation(String token) {
        int letters = 0;
        boolean lower = false;
        char first = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (letters++ == 0) {
                    first = c;
                }
                lower |= Character.isLowerCase(c);
            }
        }
        return letters == 0 || Character.isLowerCase(first) || letters >= 2 && !lower;
    }

    private static boolean afterComma(String text, int position) {
        int before = position - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',';
    }

    private static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
