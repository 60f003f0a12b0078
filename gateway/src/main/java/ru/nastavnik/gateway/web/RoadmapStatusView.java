package ru.nastavnik.gateway.web;

/** A roadmap status as people say it, and what can be done in it; and the kinds of roadmap by name. */
public record RoadmapStatusView(String code, String title) {

    static RoadmapStatusView of(String code) {
        return new RoadmapStatusView(code, title(code));
    }

    public static String title(String code) {
        return switch (code) {
            case "DRAFT" -> "Черновик";
            case "SUBMITTED" -> "На согласовании";
            case "RETURNED" -> "На доработке";
            case "AGREED" -> "Согласована";
            case "IN_EXECUTION" -> "Исполняется";
            case "ISSUED" -> "Утверждён";
            case "CLOSED" -> "Закрыта";
            default -> code;
        };
    }

    public static String kindTitle(String kind) {
        return switch (kind) {
            case "MUNICIPAL" -> "План управления образования";
            case "TEMPLATE" -> "Шаблон для школ";
            default -> "Дорожная карта школы";
        };
    }

    public boolean editable() {
        return "DRAFT".equals(code) || "RETURNED".equals(code);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(code);
    }

    public boolean agreed() {
        return "AGREED".equals(code);
    }

    public boolean issued() {
        return "ISSUED".equals(code);
    }

    public boolean inExecution() {
        return "IN_EXECUTION".equals(code);
    }
}
