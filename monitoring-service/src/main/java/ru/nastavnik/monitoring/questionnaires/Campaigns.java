package ru.nastavnik.monitoring.questionnaires;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.domain.BrokenRule;

/**
 * A school's campaigns: which template version, whom to ask, from when to when; and who was invited. The invited
 * are fixed when the campaign is created, from monitoring's own PII-free facts: the mentors or mentees of the
 * school's pairs of the school year (of a form, when one is named) whose consent stands.
 */
@Service
class Campaigns {

    static final String CURATOR_KEY = "CURATOR";
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** A campaign as stored. */
    record Stored(String id, String schoolId, String templateId, TargetGroup targetGroup, String form, String title,
                  LocalDate opensOn, LocalDate closesOn) {

        boolean openOn(LocalDate day) {
            return !day.isBefore(opensOn) && !day.isAfter(closesOn);
        }
    }

    private final JdbcClient jdbc;
    private final Templates templates;
    private final Clock clock;

    Campaigns(JdbcClient jdbc, Templates templates, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional
    String create(String schoolId, String templateId, TargetGroup group, String formCode, String title,
                  LocalDate opensOn, LocalDate closesOn) {
        Template template = templates.byId(templateId)
                .orElseThrow(() -> BrokenRule.invalid("template-unknown", "Такой анкеты нет: выберите анкету из списка"));
        if (!group.accepts(template.audience())) {
            throw BrokenRule.invalid("template-audience", "Анкета «" + template.title() + "» не предназначена для "
                    + "группы «" + group.title() + "»");
        }
        String form = formCode == null || formCode.isBlank() ? template.form() : formCode.strip();
        if (form != null && MentoringForm.of(form).filter(known -> known.name().equals(form)).isEmpty()) {
            throw BrokenRule.invalid("form-unknown", "Неизвестная форма наставничества: укажите код из списка форм");
        }
        if (group == TargetGroup.CURATOR && form != null) {
            throw BrokenRule.invalid("form-for-curator", "Анкета куратора не относится к одной форме наставничества");
        }
        if (template.form() != null && !template.form().equals(form)) {
            throw BrokenRule.invalid("form-mismatch", "Анкета «" + template.title() + "» написана для формы «"
                    + MentoringForm.valueOf(template.form()).title() + "»");
        }
        if (opensOn.isBefore(EARLIEST) || closesOn.isAfter(LATEST)) {
            throw BrokenRule.invalid("dates-out-of-range", "Даты кампании — между 2000 и 2199 годом");
        }
        if (closesOn.isBefore(opensOn)) {
            throw BrokenRule.invalid("dates-reversed", "Дата окончания раньше даты начала");
        }
        if (closesOn.isBefore(LocalDate.now(clock))) {
            throw BrokenRule.invalid("dates-past", "Кампания уже закончилась бы: дата окончания в прошлом");
        }
        List<Map.Entry<String, String>> invited = group == TargetGroup.CURATOR
                ? List.of(Map.entry(CURATOR_KEY, ""))
                : participants(schoolId, group, form, opensOn, closesOn);
        if (invited.isEmpty()) {
            throw BrokenRule.invalid("nobody-to-invite", "Некого пригласить: в парах и группах организации за "
                    + "учебный год нет участников этой группы" + (form == null ? "" : " в форме «"
                    + MentoringForm.valueOf(form).title() + "»"));
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO questionnaire_campaign (id, school_id, template_id, target_group, form, title, opens_on,
                          closes_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, schoolId, templateId, group.name(), form, title.strip(), Date.valueOf(opensOn),
                        Date.valueOf(closesOn), Timestamp.from(clock.instant()))
                .update();
        for (Map.Entry<String, String> person : invited) {
            jdbc.sql("""
                            INSERT INTO questionnaire_invitation (campaign_id, respondent_key, respondent_role, form)
                            VALUES (?, ?, ?, ?)""")
                    .params(id, person.getKey(), group.respondentRole(),
                            person.getValue().isEmpty() ? null : person.getValue())
                    .update();
        }
        return id;
    }

    /** The school year's mentors or mentees of the school's pairs, with the form of their latest pair. */
    private List<Map.Entry<String, String>> participants(String schoolId, TargetGroup group, String form,
                                                         LocalDate opensOn, LocalDate closesOn) {
        LocalDate yearStart = schoolYearStart(opensOn);
        return jdbc.sql("""
                        SELECT m.participant_id, (array_agg(t.form ORDER BY t.fixed_on DESC))[1] AS form
                        FROM pair_member_fact m
                        JOIN pair_term_fact t ON t.pair_id = m.pair_id
                        JOIN participant_fact p ON p.participant_id = m.participant_id
                        WHERE t.school_id = :school AND m.member_role = :role
                          AND (CAST(:form AS VARCHAR) IS NULL OR t.form = :form)
                          AND t.fixed_on <= :closes AND (t.ended_on IS NULL OR t.ended_on >= :yearStart)
                          AND (m.left_on IS NULL OR m.left_on >= :yearStart)
                          AND p.consent_withdrawn_on IS NULL
                        GROUP BY m.participant_id ORDER BY m.participant_id""")
                .param("school", schoolId).param("role", group.respondentRole()).param("form", form)
                .param("closes", Date.valueOf(closesOn)).param("yearStart", Date.valueOf(yearStart))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }

    static LocalDate schoolYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("""
                        SELECT id, school_id, template_id, target_group, form, title, opens_on, closes_on
                        FROM questionnaire_campaign WHERE id = ?""")
                .param(id)
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                        TargetGroup.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate()))
                .optional();
    }

    /** The campaign of this school, or "not found" (another school's campaign does not exist for the caller). */
    Stored ofSchool(String id, String schoolId) {
        return find(id).filter(campaign -> campaign.schoolId().equals(schoolId))
                .orElseThrow(() -> BrokenRule.notVisible("Кампания анкетирования не найдена"));
    }

    List<CampaignViews.Campaign> list(String schoolId) {
        return views("c.school_id = :school", Map.of("school", schoolId));
    }

    CampaignViews.Campaign view(String id) {
        return views("c.id = :id", Map.of("id", id)).getFirst();
    }

    /** Open campaigns of the school where this respondent is invited and has not answered yet. */
    List<CampaignViews.Campaign> openFor(String schoolId, String respondentKey) {
        return views("""
                c.school_id = :school AND :today BETWEEN c.opens_on AND c.closes_on
                AND EXISTS (SELECT 1 FROM questionnaire_invitation i WHERE i.campaign_id = c.id AND i.respondent_key = :key)
                AND NOT EXISTS (SELECT 1 FROM questionnaire_response r WHERE r.campaign_id = c.id
                                AND r.respondent_key = :key)""",
                Map.of("school", schoolId, "key", respondentKey, "today", Date.valueOf(LocalDate.now(clock))));
    }

    List<CampaignViews.Invitation> invitations(String campaignId) {
        return jdbc.sql("""
                        SELECT i.respondent_key, i.respondent_role, i.form, r.answered_on, r.channel,
                          EXISTS (SELECT 1 FROM questionnaire_link l WHERE l.campaign_id = i.campaign_id
                                  AND l.respondent_key = i.respondent_key) AS link_issued
                        FROM questionnaire_invitation i
                        LEFT JOIN questionnaire_response r ON r.campaign_id = i.campaign_id
                          AND r.respondent_key = i.respondent_key
                        WHERE i.campaign_id = ? ORDER BY i.respondent_key""")
                .param(campaignId)
                .query((rs, row) -> new CampaignViews.Invitation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4) != null, rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    Optional<String> invitedForm(String campaignId, String respondentKey) {
        return jdbc.sql("SELECT COALESCE(form, '') FROM questionnaire_invitation WHERE campaign_id = ? AND respondent_key = ?")
                .params(campaignId, respondentKey).query(String.class).optional();
    }

    boolean answered(String campaignId, String respondentKey) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM questionnaire_response WHERE campaign_id = ? AND respondent_key = ?)")
                .params(campaignId, respondentKey).query(Boolean.class).single();
    }

    private List<CampaignViews.Campaign> views(String where, Map<String, ?> params) {
        LocalDate today = LocalDate.now(clock);
        List<CampaignViews.Campaign> views = new ArrayList<>();
        jdbc.sql("""
                        SELECT c.id, c.title, c.template_id, t.title AS template_title, t.version, t.purpose,
                          c.target_group, c.form, c.opens_on, c.closes_on,
                          (SELECT COUNT(*) FROM questionnaire_invitation i WHERE i.campaign_id = c.id) AS invited,
                          (SELECT COUNT(*) FROM questionnaire_response r WHERE r.campaign_id = c.id) AS answered
                        FROM questionnaire_campaign c JOIN questionnaire_template t ON t.id = c.template_id
                        WHERE\s""" + where + " ORDER BY c.opens_on DESC, c.created_at DESC")
                .params(params)
                .query(rs -> {
                    TargetGroup group = TargetGroup.valueOf(rs.getString("target_group"));
                    String form = rs.getString("form");
                    LocalDate opensOn = rs.getDate("opens_on").toLocalDate();
                    LocalDate closesOn = rs.getDate("closes_on").toLocalDate();
                    String state = today.isBefore(opensOn) ? "PLANNED" : today.isAfter(closesOn) ? "CLOSED" : "OPEN";
                    views.add(new CampaignViews.Campaign(rs.getString("id"), rs.getString("title"),
                            rs.getString("template_id"), rs.getString("template_title"), rs.getInt("version"),
                            rs.getString("purpose"), group.name(), group.title(), form,
                            form == null ? null : MentoringForm.valueOf(form).title(), opensOn, closesOn, state,
                            rs.getInt("invited"), rs.getInt("answered")));
                });
        return views;
    }
}
