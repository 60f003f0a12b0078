package ru.nastavnik.roadmap.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every deadline expression quoted in DOMAIN.md, read over a school-year roadmap, then generated variants. */
class DeadlineParserTest {

    private static final RoadmapPeriod YEAR_2023 = RoadmapPeriod.parse("2023/2024");
    private static final RoadmapPeriod YEAR_2022 = RoadmapPeriod.parse("2022/2023");

    private final DeadlineParser parser = new DeadlineParser();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Stream<Arguments> seedExpressions() {
        return Stream.of(
                Arguments.of("до 15.03.2024 г.", YEAR_2023, DeadlineKind.FIXED, List.of(d("2024-03-15"))),
                Arguments.of("До 31.03.2022 г.", YEAR_2022, DeadlineKind.FIXED, List.of(d("2022-03-31"))),
                Arguments.of("до 20.02.2021", YEAR_2023, DeadlineKind.FIXED, List.of(d("2021-02-20"))),
                Arguments.of("до 1 февраля", YEAR_2023, DeadlineKind.FIXED, List.of(d("2024-02-01"))),
                Arguments.of("до 31 ноября", YEAR_2023, DeadlineKind.FIXED, List.of(d("2023-11-30"))),
                Arguments.of("2024 г. (при необходимости)", YEAR_2023, DeadlineKind.FIXED, List.of(d("2024-12-31"))),
                Arguments.of("Ежегодно", YEAR_2023, DeadlineKind.RECURRING, List.of(d("2024-05-31"))),
                Arguments.of("ежегодно (ноябрь)", YEAR_2023, DeadlineKind.RECURRING, List.of(d("2023-11-30"))),
                Arguments.of("ежегодно (июнь, декабрь)", YEAR_2023, DeadlineKind.RECURRING,
                        List.of(d("2023-12-31"), d("2024-06-30"))),
                Arguments.of("ежеквартально", YEAR_2023, DeadlineKind.RECURRING,
                        List.of(d("2023-09-30"), d("2023-12-31"), d("2024-03-31"), d("2024-06-30"))),
                Arguments.of("с января 2023 ежеквартально", YEAR_2022, DeadlineKind.RECURRING,
                        List.of(d("2023-03-31"), d("2023-06-30"))),
                Arguments.of("В течение учебного года", YEAR_2023, DeadlineKind.ONGOING, List.of(d("2024-05-31"))),
                Arguments.of("В течение года", YEAR_2023, DeadlineKind.ONGOING, List.of(d("2024-05-31"))),
                Arguments.of("в течение всего периода реализации ЦМН", YEAR_2023, DeadlineKind.ONGOING,
                        List.of(d("2024-08-31"))),
                Arguments.of("Май каждого года", YEAR_2023, DeadlineKind.RECURRING, List.of(d("2024-05-31"))),
                Arguments.of("Апрель", YEAR_2023, DeadlineKind.FIXED, List.of(d("2024-04-30"))),
                Arguments.of("По итогам года", YEAR_2023, DeadlineKind.RECURRING, List.of(d("2024-05-31"))),
                Arguments.of("декабрь 2021 г.", YEAR_2023, DeadlineKind.FIXED, List.of(d("2021-12-31"))),
                Arguments.of("ноябрь-декабрь 2022 (с 2023 года - ежегодно)", YEAR_2023, DeadlineKind.RECURRING,
                        List.of(d("2022-12-31"), d("2023-12-31"))),
                Arguments.of("1 квартал 2023 (далее — по необходимости)", YEAR_2022, DeadlineKind.FIXED,
                        List.of(d("2023-03-31"))),
                Arguments.of("I квартал 2023", YEAR_2022, DeadlineKind.FIXED, List.of(d("2023-03-31"))),
                Arguments.of("июнь 2023, 2024", YEAR_2023, DeadlineKind.FIXED, List.of(d("2023-06-30"), d("2024-06-30"))),
                Arguments.of("с 1 января по 31 декабря 2021 г.", YEAR_2023, DeadlineKind.FIXED, List.of(d("2021-12-31"))),
                Arguments.of("в течение двух недель с даты определения модели", YEAR_2023, DeadlineKind.RELATIVE, List.of()),
                Arguments.of("в соответствии со сроками реализации программ наставничества", YEAR_2023,
                        DeadlineKind.EXTERNAL, List.of()),
                Arguments.of("постоянно, по мере поступления информации", YEAR_2023, DeadlineKind.ONGOING,
                        List.of(d("2024-08-31"))),
                Arguments.of("в сроки, определяемые ФГАОУ ДПО «Академия Минпросвещения России»", YEAR_2023,
                        DeadlineKind.EXTERNAL, List.of()),
                Arguments.of("При необходимости", YEAR_2023, DeadlineKind.ON_DEMAND, List.of()));
    }

    @ParameterizedTest(name = "«{0}»")
    @MethodSource("seedExpressions")
    void readsEveryExpressionOfTheSeeds(String text, RoadmapPeriod period, DeadlineKind kind, List<LocalDate> due) {
        DeadlineInterpretation reading = parser.interpret(text, period);

        assertThat(reading.text()).isEqualTo(text);
        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.dueDates()).containsExactlyElementsOf(due);
        assertThat(reading.explanation()).isNotBlank();
    }

    @Test
    void aDateThatDoesNotExistIsKeptFlaggedAndCorrected() {
        DeadlineInterpretation reading = parser.interpret("до 31 ноября", YEAR_2023);

        assertThat(reading.text()).isEqualTo("до 31 ноября");
        assertThat(reading.warnings()).singleElement().asString().contains("«31 ноября» не существует")
                .contains("30.11.2023");
        assertThat(reading.suggestion()).isEqualTo("до 30 ноября");
        assertThat(parser.interpret("до 31.04.2027", RoadmapPeriod.parse("2026/2027")).suggestion())
                .isEqualTo("до 30.04.2027");
        assertThat(parser.interpret("30 февраля 2024", YEAR_2023).dueDates()).containsExactly(d("2024-02-29"));
    }

    @Test
    void datesOutsideTheRoadmapPeriodAreWarnedAbout() {
        DeadlineInterpretation reading = parser.interpret("До 31.03.2022 г.", YEAR_2023);

        assertThat(reading.dueDates()).containsExactly(d("2022-03-31"));
        assertThat(reading.warnings()).singleElement().asString().contains("вне периода дорожной карты")
                .contains("01.09.2023–31.08.2024");
    }

    @Test
    void relativeDeadlinesKeepTheirOffsetAndAnchor() {
        DeadlineInterpretation twoWeeks = parser.interpret("в течение двух недель с даты определения модели", YEAR_2023);
        DeadlineInterpretation month = parser.interpret("в течение месяца после издания приказа", YEAR_2023);
        DeadlineInterpretation tenDays = parser.interpret("не позднее 10 дней с даты заключения соглашения", YEAR_2023);

        assertThat(twoWeeks.relativeDays()).isEqualTo(14);
        assertThat(twoWeeks.anchor()).isEqualTo("определения модели");
        assertThat(twoWeeks.explanation()).contains("определения модели");
        assertThat(month.anchor()).isEqualTo("издания приказа");
        assertThat(month.relativeDays()).isEqualTo(30);
        assertThat(tenDays.relativeDays()).isEqualTo(10);
    }

    @Test
    void onDemandIsAConditionNotJustAKind() {
        assertThat(parser.interpret("2024 г. (при необходимости)", YEAR_2023).conditional()).isTrue();
        assertThat(parser.interpret("1 квартал 2023 (далее — по необходимости)", YEAR_2022).conditional()).isTrue();
        assertThat(parser.interpret("до 15.03.2024 г.", YEAR_2023).conditional()).isFalse();
    }

    @Test
    void textItCannotReadIsKeptWithAWarningAndASuggestion() {
        for (String text : List.of("когда-нибудь", "", "   ", "по согласованию сторон", "!!!")) {
            DeadlineInterpretation reading = parser.interpret(text, YEAR_2023);
            assertThat(reading.kind()).as(text).isEqualTo(DeadlineKind.UNRECOGNIZED);
            assertThat(reading.understood()).isFalse();
            assertThat(reading.dueDates()).isEmpty();
            assertThat(reading.warnings()).isNotEmpty();
            assertThat(reading.suggestion()).contains("ежегодно");
        }
    }

    @Test
    void aMunicipalPlanForACalendarYearReadsMonthsAndYearlyWorkWithinThatYear() {
        RoadmapPeriod year2021 = RoadmapPeriod.parse("2021");

        assertThat(year2021.from()).isEqualTo(d("2021-01-01"));
        assertThat(year2021.to()).isEqualTo(d("2021-12-31"));
        assertThat(parser.interpret("Ежегодно", year2021).dueDates()).containsExactly(d("2021-12-31"));
        assertThat(parser.interpret("Апрель", year2021).dueDates()).containsExactly(d("2021-04-30"));
        assertThat(parser.interpret("ежегодно (июнь, декабрь)", year2021).dueDates())
                .containsExactly(d("2021-06-30"), d("2021-12-31"));
        assertThat(parser.interpret("до 1 февраля", year2021).dueDates()).containsExactly(d("2021-02-01"));
        assertThat(parser.interpret("I квартал", year2021).dueDates()).containsExactly(d("2021-03-31"));
        assertThat(parser.interpret("В течение года", year2021).explanation()).contains("календарного года");
    }

    @Test
    void aSeveralCalendarYearPlanRepeatsYearlyWorkEachYear() {
        RoadmapPeriod years = RoadmapPeriod.parse("2021–2024");

        assertThat(parser.interpret("Май каждого года", years).dueDates())
                .containsExactly(d("2021-05-31"), d("2022-05-31"), d("2023-05-31"), d("2024-05-31"));
        assertThat(parser.interpret("ежегодно", years).dueDates()).hasSize(4).last().isEqualTo(d("2024-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026/2025", "2021-2020", "20/21", "2021-2040", "учебный год", "1999"})
    void aPeriodThatIsNotOneIsRefusedInRussian(String text) {
        assertThatThrownBy(() -> RoadmapPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Период");
    }

    @Test
    void aMultiYearRoadmapGetsARecurringActionOncePerSchoolYear() {
        RoadmapPeriod threeYears = RoadmapPeriod.parse("2024/2027");

        assertThat(parser.interpret("ежегодно (ноябрь)", threeYears).dueDates())
                .containsExactly(d("2024-11-30"), d("2025-11-30"), d("2026-11-30"));
        assertThat(parser.interpret("Ежегодно", threeYears).dueDates())
                .containsExactly(d("2025-05-31"), d("2026-05-31"), d("2027-05-31"));
        assertThat(parser.interpret("ежеквартально", threeYears).dueDates()).hasSize(12);
    }

    /** The same date written the ways people write it. */
    static Stream<Arguments> generatedDateVariants() {
        Random random = new Random(20261121);
        String[] genitive = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"};
        return Stream.generate(() -> {
            LocalDate date = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(364));
            String dd = String.format("%02d", date.getDayOfMonth());
            String mm = String.format("%02d", date.getMonthValue());
            String month = genitive[date.getMonthValue() - 1];
            String[] forms = {
                    "до " + dd + "." + mm + "." + date.getYear(),
                    "До " + dd + "." + mm + "." + date.getYear() + " г.",
                    "до " + dd + "." + mm + "." + (date.getYear() % 100),
                    "не позднее " + dd + "." + mm + "." + date.getYear() + " года",
                    "до " + date.getDayOfMonth() + " " + month + " " + date.getYear() + " г.",
                    "ДО " + date.getDayOfMonth() + " " + month.toUpperCase(),
                    "  до  " + date.getDayOfMonth() + "\u00a0" + month + "  ",
                    date.getDayOfMonth() + " " + month};
            return Arguments.of(forms[random.nextInt(forms.length)], date);
        }).limit(120);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @MethodSource("generatedDateVariants")
    void readsTheSameDateWrittenInManyWays(String text, LocalDate expected) {
        DeadlineInterpretation reading = parser.interpret(text, RoadmapPeriod.parse("2026/2027"));

        assertThat(reading.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(reading.dueDates()).containsExactly(expected);
        assertThat(reading.warnings()).isEmpty();
    }

    static Stream<Arguments> generatedQuartersAndMonths() {
        String[] roman = {"I", "II", "III", "IV"};
        String[] nominative = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                "октябрь", "ноябрь", "декабрь"};
        Stream<Arguments> quarters = Stream.of(1, 2, 3, 4).flatMap(q -> {
            LocalDate end = YearMonth.of(2027, q * 3).atEndOfMonth();
            return Stream.of(Arguments.of(q + " квартал 2027", end), Arguments.of(roman[q - 1] + " квартал 2027 г.", end),
                    Arguments.of(q + "-й квартал 2027 года", end), Arguments.of(roman[q - 1] + " кв. 2027", end));
        });
        Stream<Arguments> months = Arrays.stream(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}).boxed()
                .flatMap(m -> Stream.of(Arguments.of(nominative[m - 1] + " 2027 г.", YearMonth.of(2027, m).atEndOfMonth()),
                        Arguments.of(Character.toUpperCase(nominative[m - 1].charAt(0)) + nominative[m - 1].substring(1)
                                + " 2027", YearMonth.of(2027, m).atEndOfMonth())));
        return Stream.concat(quarters, months);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @MethodSource("generatedQuartersAndMonths")
    void readsQuartersInArabicAndRomanNumeralsAndMonthsInAnyCase(String text, LocalDate expected) {
        DeadlineInterpretation reading = parser.interpret(text, RoadmapPeriod.parse("2026/2027"));

        assertThat(reading.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(reading.dueDates()).containsExactly(expected);
    }

    @Test
    void neverThrowsWhateverIsTyped() {
        Random random = new Random(7);
        String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя 0123456789.,-–()«»/IVXivx\u00a0ежегодноквартал";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            DeadlineInterpretation reading = parser.interpret(text.toString(), YEAR_2023);
            assertThat(reading.text()).isEqualTo(text.toString().strip());
            assertThat(reading.kind()).isNotNull();
        }
    }
}
