package ru.nastavnik.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data for a chart, written into a {@code <script type="application/json">} block. The block is raw text to the
 * browser, so Thymeleaf must write it unescaped ({@code th:utext}) — and then a school named
 * {@code X</script><img …>} would close the block and inject markup. Here every character that could end the block
 * or start markup is written as a JSON escape ({@code \u003c}), which JSON.parse reads back as the same text.
 * {@code th:utext} takes nothing else (GatewayIntegrationTest checks every template).
 */
public record ScriptJson(String json) {

    public static ScriptJson of(JsonNode node) {
        return new ScriptJson(escape(node == null || node.isMissingNode() ? "[]" : node.toString()));
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return json;
    }
}
