package ru.nastavnik.gateway.web;

/** Russian words agreeing with their numbers («1 балл», «3 балла», «11 баллов»). */
public final class Russian {

    private Russian() {
    }

    public static String points(long n) {
        return n + " " + plural(n, "балл", "балла", "баллов");
    }

    /** The form for one, for a few (2–4) and for many, by the last two digits. */
    public static String plural(long n, String one, String few, String many) {
        long lastTwo = Math.abs(n) % 100;
        long last = lastTwo % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        return last >= 2 && last <= 4 ? few : many;
    }
}
