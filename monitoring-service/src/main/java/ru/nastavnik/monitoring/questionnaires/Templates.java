package ru.nastavnik.monitoring.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The versioned templates, as Flyway seeded them (append-only in the database itself). */
@Repository
class Templates {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Templates(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Template> all() {
        return load("TRUE", Map.of());
    }

    Optional<Template> byId(String id) {
        return load("t.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The newest version of a template code. */
    Optional<Template> latest(String code) {
        return load("t.code = :code", Map.of("code", code)).stream()
                .reduce((first, second) -> second.version() > first.version() ? second : first);
    }

    private List<Template> load(String where, Map<String, ?> params) {
        Map<String, Template> templates = new LinkedHashMap<>();
        Map<String, List<Template.Question>> questions = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code, version, purpose, audience, form, title, description FROM questionnaire_template t"
                        + " WHERE " + where + " ORDER BY code, version")
                .params(params)
                .query(rs -> {
                    String id = rs.getString("id");
                    List<Template.Question> list = new ArrayList<>();
                    questions.put(id, list);
                    templates.put(id, new Template(id, rs.getString("code"), rs.getInt("version"),
                            rs.getString("purpose"), rs.getString("audience"), rs.getString("form"),
                            rs.getString("title"), rs.getString("description"), list));
                });
        if (templates.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        SELECT template_id, code, position, kind, text, options, mapping_key, growth_area, satisfaction,
                          required FROM questionnaire_question WHERE template_id IN (:ids) ORDER BY template_id, position""")
                .param("ids", templates.keySet())
                .query(rs -> {
                    questions.get(rs.getString("template_id")).add(new Template.Question(rs.getString("code"),
                            rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                            options(rs.getString("options")), rs.getString("mapping_key"),
                            rs.getString("growth_area"), rs.getBoolean("satisfaction"), rs.getBoolean("required")));
                });
        return templates.values().stream().map(template -> new Template(template.id(), template.code(),
                template.version(), template.purpose(), template.audience(), template.form(), template.title(),
                template.description(), List.copyOf(template.questions()))).toList();
    }

    private List<Template.Option> options(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<Template.Option>>() { });
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("questionnaire_question.options is not a list of {code, title}", unreadable);
        }
    }
}
