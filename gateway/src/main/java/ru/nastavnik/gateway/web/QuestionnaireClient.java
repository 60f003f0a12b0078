package ru.nastavnik.gateway.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.gateway.web.QuestionnaireViews.Campaign;
import ru.nastavnik.gateway.web.QuestionnaireViews.CampaignDetail;
import ru.nastavnik.gateway.web.QuestionnaireViews.Comments;
import ru.nastavnik.gateway.web.QuestionnaireViews.GrowthByForm;
import ru.nastavnik.gateway.web.QuestionnaireViews.IssuedLink;
import ru.nastavnik.gateway.web.QuestionnaireViews.PersonGrowth;
import ru.nastavnik.gateway.web.QuestionnaireViews.PublicQuestionnaire;
import ru.nastavnik.gateway.web.QuestionnaireViews.QuestionnaireForm;
import ru.nastavnik.gateway.web.QuestionnaireViews.Satisfaction;
import ru.nastavnik.gateway.web.QuestionnaireViews.Swot;
import ru.nastavnik.gateway.web.QuestionnaireViews.Template;

/**
 * The pages' typed door to monitoring-service's questionnaires: every answer is read into a record here, so a service
 * that renames a field fails loudly in one place.
 */
@Component
class QuestionnaireClient {

    private static final String BASE = "/questionnaires";

    private final BackendClient backend;
    private final ObjectMapper json;

    QuestionnaireClient(BackendClient backend, ObjectMapper json) {
        this.backend = backend;
        this.json = json;
    }

    List<Template> templates() {
        return list(backend.get(backend.monitoring(BASE + "/templates")), Template.class);
    }

    List<Campaign> campaigns() {
        return list(backend.get(backend.monitoring(BASE + "/campaigns")), Campaign.class);
    }

    Campaign create(Map<String, Object> request) {
        return read(backend.post(backend.monitoring(BASE + "/campaigns"), request), Campaign.class);
    }

    CampaignDetail campaign(String id) {
        return read(backend.get(backend.monitoring(BASE + "/campaigns/" + id)), CampaignDetail.class);
    }

    List<IssuedLink> issueLinks(String campaignId, List<String> participantIds) {
        return list(backend.post(backend.monitoring(BASE + "/campaigns/" + campaignId + "/links"),
                Map.of("participantIds", participantIds)), IssuedLink.class);
    }

    Comments comments(String campaignId) {
        return read(backend.get(backend.monitoring(BASE + "/campaigns/" + campaignId + "/comments")), Comments.class);
    }

    List<Campaign> mine() {
        return list(backend.get(backend.monitoring(BASE + "/mine")), Campaign.class);
    }

    QuestionnaireForm form(String campaignId) {
        return read(backend.get(backend.monitoring(BASE + "/campaigns/" + campaignId + "/form")),
                QuestionnaireForm.class);
    }

    void answer(String campaignId, Map<String, String> answers) {
        backend.post(backend.monitoring(BASE + "/campaigns/" + campaignId + "/responses"), Map.of("answers", answers));
    }

    PublicQuestionnaire publicQuestionnaire(String token) {
        return read(backend.getAnonymously(backend.monitoring("/public/questionnaires/" + token)),
                PublicQuestionnaire.class);
    }

    void answerPublicly(String token, Map<String, String> answers) {
        backend.postAnonymously(backend.monitoring("/public/questionnaires/" + token), Map.of("answers", answers));
    }

    Satisfaction satisfaction() {
        return read(backend.get(backend.monitoring(BASE + "/satisfaction")), Satisfaction.class);
    }

    Swot swot() {
        return read(backend.get(backend.monitoring(BASE + "/swot")), Swot.class);
    }

    GrowthByForm growthByForm() {
        return read(backend.get(backend.monitoring(BASE + "/growth/forms")), GrowthByForm.class);
    }

    List<PersonGrowth> growthPerPerson() {
        return list(backend.get(backend.monitoring(BASE + "/growth/people")), PersonGrowth.class);
    }

    private <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException unreadable) {
            throw new IllegalStateException("monitoring-service answered in a shape the gateway does not know: "
                    + type.getSimpleName(), unreadable);
        }
    }

    private <T> List<T> list(JsonNode node, Class<T> type) {
        return json.convertValue(node, json.getTypeFactory().constructCollectionType(List.class, type));
    }
}
