package ru.nastavnik.gateway.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ru.nastavnik.gateway.web.MonitoringViews.Breakdown;
import ru.nastavnik.gateway.web.MonitoringViews.IndicatorFigure;

/**
 * Indicators as a page reads them at a glance: each figure against its target as a bar, its trend over the last
 * quarters as a line, pairs by form as bars, and one indicator compared across schools or municipalities.
 * Geometry and Russian wording only; the template draws it (attributes, not inline styles: the CSP holds).
 */
record IndicatorBoard(List<Card> cards, List<FormBar> forms, Comparison comparison) {

    /** The trend's box; the template's {@code viewBox} is the same «0 0 220 48». */
    static final int TREND_WIDTH = 220;
    static final int TREND_HEIGHT = 48;
    private static final Locale RU = Locale.forLanguageTag("ru");

    /**
     * One indicator. {@code fill} and {@code targetAt} are percentages of the bar's length ({@code targetAt} null
     * without a target); {@code state}: {@code met}, {@code behind} or {@code none}.
     */
    record Card(String code, String name, String value, String target, String parts, String formula, boolean share,
                int fill, Integer targetAt, String state, Trend trend) {
    }

    /** The figure at each of the last quarter ends and on the chosen day, as a polyline in a small box. */
    record Trend(String points, List<TrendDot> dots) {
    }

    record TrendDot(int x, int y, String label) {
    }

    record FormBar(String title, long pairs, int width) {
    }

    /**
     * One indicator across units, largest first. {@code by}: «Организация» or «Муниципалитет».
     */
    record Comparison(String code, String name, String by, boolean share, Integer targetAt, List<Row> rows) {
    }

    record Row(String name, String value, String parts, int width, boolean behind) {
    }

    /**
     * @param history the same unit's indicators at earlier dates, oldest first, for the trends
     */
    static IndicatorBoard of(List<IndicatorFigure> figures, Map<LocalDate, List<IndicatorFigure>> history,
                             Breakdown breakdown, Function<String, String> unitName) {
        List<Card> cards = figures.stream().map(figure -> card(figure, history)).toList();
        List<FormBar> forms = new ArrayList<>();
        figures.stream().filter(figure -> !figure.byForm().isEmpty()).findFirst().ifPresent(pairs -> {
            long most = pairs.byForm().stream().mapToLong(MonitoringViews.FormFigure::value).max().orElse(1);
            pairs.byForm().forEach(form -> forms.add(new FormBar(form.title(), form.value(),
                    (int) Math.round(100.0 * form.value() / Math.max(1, most)))));
        });
        return new IndicatorBoard(cards, forms, breakdown == null ? null : comparison(breakdown, unitName));
    }

    private static Card card(IndicatorFigure figure, Map<LocalDate, List<IndicatorFigure>> history) {
        double scale = scaleOf(figure);
        Integer targetAt = figure.target() == null ? null
                : (int) Math.round(100 * figure.target().doubleValue() / scale);
        String state = figure.target() == null || figure.value() == null ? "none"
                : figure.value().compareTo(figure.target()) >= 0 ? "met" : "behind";
        int fill = figure.value() == null ? 0 : (int) Math.round(100 * figure.value().doubleValue() / scale);
        return new Card(figure.code(), figure.name(), valueText(figure), figure.target() == null ? null
                : "цель " + number(figure.target()) + " " + figure.unit(), partsText(figure), figure.formula(),
                figure.isShare(), Math.min(100, fill), targetAt, state, trend(figure, history));
    }

    /** A share is drawn on 0–100 %; a number on 0 to the largest of itself and its target. */
    private static double scaleOf(IndicatorFigure figure) {
        if (figure.isShare()) {
            return 100.0;
        }
        double value = figure.value() == null ? 0 : figure.value().doubleValue();
        double target = figure.target() == null ? 0 : figure.target().doubleValue();
        return Math.max(1, Math.max(value, target));
    }

    private static Trend trend(IndicatorFigure figure, Map<LocalDate, List<IndicatorFigure>> history) {
        Map<LocalDate, BigDecimal> values = new LinkedHashMap<>();
        // a day without a value (nothing to divide by yet) is not drawn as a zero
        history.forEach((day, figures) -> figures.stream().filter(other -> other.code().equals(figure.code()))
                .filter(other -> other.value() != null).findFirst().ifPresent(other -> values.put(day, other.value())));
        if (values.size() < 2) {
            return null;
        }
        double max = values.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double top = figure.isShare() ? 100 : Math.max(1, max);
        List<TrendDot> dots = new ArrayList<>();
        int i = 0;
        int step = (TREND_WIDTH - 16) / (values.size() - 1);
        for (Map.Entry<LocalDate, BigDecimal> entry : values.entrySet()) {
            int x = 8 + step * i++;
            int y = TREND_HEIGHT - 6 - (int) Math.round((TREND_HEIGHT - 12) * entry.getValue().doubleValue() / top);
            dots.add(new TrendDot(x, y, quarterOf(entry.getKey()) + ": " + number(entry.getValue()) + " "
                    + figure.unit()));
        }
        StringBuilder points = new StringBuilder();
        dots.forEach(dot -> points.append(dot.x()).append(',').append(dot.y()).append(' '));
        return new Trend(points.toString().strip(), dots);
    }

    private static Comparison comparison(Breakdown breakdown, Function<String, String> unitName) {
        IndicatorFigure total = breakdown.total();
        double scale = total.isShare() ? 100.0 : Math.max(1, breakdown.units().stream()
                .mapToDouble(unit -> unit.value() == null ? 0 : unit.value().doubleValue()).max().orElse(1));
        List<Row> rows = breakdown.units().stream()
                .sorted(Comparator.comparing((MonitoringViews.UnitFigure unit) -> unit.value() == null ? BigDecimal.ZERO
                        : unit.value()).reversed().thenComparing(unit -> unitName.apply(unit.unitId())))
                .map(unit -> new Row(unitName.apply(unit.unitId()), unit.value() == null ? "—"
                        : number(unit.value()) + " " + total.unit(),
                        unit.denominator() == null ? null : unit.numerator() + " из " + unit.denominator(),
                        unit.value() == null ? 0 : (int) Math.min(100, Math.round(100 * unit.value().doubleValue() / scale)),
                        total.target() != null && unit.value() != null && unit.value().compareTo(total.target()) < 0))
                .toList();
        return new Comparison(total.code(), total.name(), "SCHOOL".equals(breakdown.by()) ? "Организация"
                : "Муниципалитет", total.isShare(), total.target() == null ? null
                : (int) Math.round(100 * total.target().doubleValue() / scale), rows);
    }

    static String valueText(IndicatorFigure figure) {
        return figure.value() == null ? "—" : number(figure.value()) + " " + figure.unit();
    }

    static String partsText(IndicatorFigure figure) {
        return figure.denominator() == null ? null : figure.numerator() + " из " + figure.denominator();
    }

    /** «34,5», «70», «1 250»: Russian decimals, no trailing zero. */
    static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(RU);
        format.setMaximumFractionDigits(1);
        return format.format(rounded).replace('\u00a0', ' ');
    }

    /** «IV кв. 2026» for a quarter's last day, else the date itself. */
    static String quarterOf(LocalDate day) {
        boolean quarterEnd = day.equals(day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 3).withDayOfMonth(1)
                .plusMonths(1).minusDays(1));
        if (!quarterEnd) {
            return day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        }
        String[] roman = {"I", "II", "III", "IV"};
        return roman[(day.getMonthValue() - 1) / 3] + " кв. " + day.getYear();
    }

    /** The last three quarter ends before {@code day}, oldest first, then {@code day}: the points of a trend. */
    static List<LocalDate> trendDays(LocalDate day) {
        LocalDate quarterStart = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        List<LocalDate> days = new ArrayList<>();
        for (int back = 3; back >= 1; back--) {
            days.add(quarterStart.minusMonths(3L * (back - 1)).minusDays(1));
        }
        if (!days.contains(day)) {
            days.add(day);
        }
        return days;
    }
}
