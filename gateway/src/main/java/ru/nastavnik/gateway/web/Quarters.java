package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Quarters of headcount reports as people say them: «2026-Q4» is «IV квартал 2026 г.». Public for the templates. */
public final class Quarters {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private Quarters() {
    }

    public static String title(String code) {
        if (code == null || !code.matches("\\d{4}-Q[1-4]")) {
            return code;
        }
        return ROMAN[code.charAt(6) - '1'] + " квартал " + code.substring(0, 4) + " г.";
    }

    /** This quarter and the three before it, code → title. */
    static List<Map.Entry<String, String>> recent() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        List<Map.Entry<String, String>> quarters = new ArrayList<>();
        for (int back = 0; back < 4; back++) {
            LocalDate day = today.minusMonths(3L * back);
            String code = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            quarters.add(Map.entry(code, title(code)));
        }
        return quarters;
    }
}
