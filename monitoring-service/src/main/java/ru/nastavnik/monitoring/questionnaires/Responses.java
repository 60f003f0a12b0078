package ru.nastavnik.monitoring.questionnaires;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.facts.DatedFacts;
import ru.nastavnik.platform.domain.BrokenRule;

/**
 * Stores one answer sheet, bound to the template version of its campaign, in one transaction with everything it
 * feeds: the satisfaction facts behind MENTOR_SATISFACTION / MENTEE_SATISFACTION and the school's anonymous
 * comments. The unique (campaign, respondent) key makes a second answer a 409, even when two arrive at once.
 */
@Service
class Responses {

    private final JdbcClient jdbc;
    private final Templates templates;
    private final Campaigns campaigns;
    private final DatedFacts facts;
    private final Clock clock;

    Responses(JdbcClient jdbc, Templates templates, Campaigns campaigns, DatedFacts facts, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.campaigns = campaigns;
        this.facts = facts;
        this.clock = clock;
    }

    Template templateOf(Campaigns.Stored campaign) {
        return templates.byId(campaign.templateId()).orElseThrow();
    }

    @Transactional
    void record(Campaigns.Stored campaign, String respondentKey, String channel, Map<String, String> answers) {
        LocalDate today = LocalDate.now(clock);
        if (!campaign.openOn(today)) {
            throw BrokenRule.state("campaign-not-open", today.isBefore(campaign.opensOn())
                    ? "Анкетирование ещё не началось" : "Анкетирование уже закончилось");
        }
        String form = campaigns.invitedForm(campaign.id(), respondentKey)
                .orElseThrow(() -> BrokenRule.notVisible("Анкета не найдена"));
        Template template = templateOf(campaign);
        AnswerSheet sheet = AnswerSheet.read(template, answers);
        String role = campaign.targetGroup().respondentRole();
        String responseId = UUID.randomUUID().toString();
        try {
            jdbc.sql("""
                            INSERT INTO questionnaire_response (id, campaign_id, respondent_key, template_id, school_id,
                              respondent_role, form, channel, answered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(responseId, campaign.id(), respondentKey, template.id(), campaign.schoolId(), role,
                            form.isEmpty() ? null : form, channel, Date.valueOf(today))
                    .update();
        } catch (DuplicateKeyException again) {
            throw BrokenRule.state("already-answered", "На эту анкету уже ответили: ответ даётся один раз");
        }
        sheet.scores().forEach((code, score) -> jdbc.sql("""
                        INSERT INTO questionnaire_answer (response_id, template_id, question_code, score)
                        VALUES (?, ?, ?, ?)""").params(responseId, template.id(), code, score).update());
        sheet.choices().forEach((code, choice) -> jdbc.sql("""
                        INSERT INTO questionnaire_answer (response_id, template_id, question_code, choice)
                        VALUES (?, ?, ?, ?)""").params(responseId, template.id(), code, choice).update());
        // kept with the campaign only: no respondent, no response, no time (see V1_10)
        sheet.texts().forEach((code, text) -> jdbc.sql("""
                        INSERT INTO questionnaire_comment (id, campaign_id, template_id, question_code, text)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), campaign.id(), template.id(), code, text).update());
        if (Template.PROCESS_QUALITY.equals(template.purpose()) && !role.equals("CURATOR")) {
            for (Template.Question question : template.questions()) {
                Integer score = sheet.scores().get(question.code());
                if (question.satisfaction() && score != null) {
                    facts.satisfactionAnswered(responseId + "/" + question.code(), campaign.schoolId(), role, score,
                            question.kind().scaleMax(), today);
                }
            }
        }
    }
}
