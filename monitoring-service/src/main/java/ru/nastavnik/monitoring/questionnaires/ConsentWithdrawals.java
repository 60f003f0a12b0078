package ru.nastavnik.monitoring.questionnaires;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.facts.ParticipantWithdrawn;

/**
 * When a person withdraws consent their questionnaires stop leading back to them: links not yet used are revoked,
 * and each invitation with its answer sheet is re-keyed to a random key of its own. The answers stay in the counts
 * (satisfaction, the SWOT), as anonymous facts do; growth per person, which needs the same key at entry and exit,
 * no longer finds them. Runs in the consumer's transaction, so it happens exactly when the withdrawal is recorded.
 */
@Component
class ConsentWithdrawals {

    private final JdbcClient jdbc;

    ConsentWithdrawals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ParticipantWithdrawn withdrawn) {
        String person = withdrawn.participantId();
        jdbc.sql("DELETE FROM questionnaire_link WHERE respondent_key = ? AND used_at IS NULL").param(person).update();
        List<String> campaigns = jdbc.sql("SELECT campaign_id FROM questionnaire_invitation WHERE respondent_key = ?")
                .param(person).query(String.class).list();
        for (String campaign : campaigns) {
            String anonymous = "withdrawn-" + UUID.randomUUID();
            // the answer sheet and used link point at the invitation: the new key first, then the old one goes
            jdbc.sql("""
                            INSERT INTO questionnaire_invitation (campaign_id, respondent_key, respondent_role, form)
                            SELECT campaign_id, ?, respondent_role, form FROM questionnaire_invitation
                            WHERE campaign_id = ? AND respondent_key = ?""")
                    .params(anonymous, campaign, person).update();
            jdbc.sql("UPDATE questionnaire_response SET respondent_key = ? WHERE campaign_id = ? AND respondent_key = ?")
                    .params(anonymous, campaign, person).update();
            jdbc.sql("UPDATE questionnaire_link SET respondent_key = ? WHERE campaign_id = ? AND respondent_key = ?")
                    .params(anonymous, campaign, person).update();
            jdbc.sql("DELETE FROM questionnaire_invitation WHERE campaign_id = ? AND respondent_key = ?")
                    .params(campaign, person).update();
        }
    }
}
