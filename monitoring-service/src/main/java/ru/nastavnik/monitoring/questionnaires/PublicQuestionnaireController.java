package ru.nastavnik.monitoring.questionnaires;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.domain.BrokenRule;

/**
 * A pupil's questionnaire without an account: the one-time link shows the questionnaire of one campaign and takes
 * one answer sheet. The link is its own authority (a public path); it reveals nobody's name.
 */
@RestController
@Tag(name = "Анкета по одноразовой ссылке")
class PublicQuestionnaireController {

    private final QuestionnaireLinks links;
    private final Campaigns campaigns;
    private final Responses responses;
    private final TransactionTemplate transactions;

    PublicQuestionnaireController(QuestionnaireLinks links, Campaigns campaigns, Responses responses,
                                  TransactionTemplate transactions) {
        this.links = links;
        this.campaigns = campaigns;
        this.responses = responses;
        this.transactions = transactions;
    }

    @GetMapping("/api/monitoring/public/questionnaires/{token}")
    @Operation(summary = "Анкета по одноразовой ссылке (без входа)")
    CampaignViews.PublicQuestionnaire questionnaire(@PathVariable String token) {
        QuestionnaireLinks.Link link = links.open(token);
        Campaigns.Stored campaign = campaigns.find(link.campaignId())
                .orElseThrow(() -> BrokenRule.notVisible("Ссылка не найдена"));
        return new CampaignViews.PublicQuestionnaire(campaign.title(), campaign.closesOn(),
                responses.templateOf(campaign), links.expiresAt(link));
    }

    @PostMapping("/api/monitoring/public/questionnaires/{token}")
    @Operation(summary = "Ответ по одноразовой ссылке: один раз")
    ResponseEntity<Void> answer(@PathVariable String token,
                                @Valid @RequestBody CampaignController.AnswersRequest request) {
        QuestionnaireLinks.Link link = links.open(token);
        Campaigns.Stored campaign = campaigns.find(link.campaignId())
                .orElseThrow(() -> BrokenRule.notVisible("Ссылка не найдена"));
        transactions.executeWithoutResult(status -> {
            if (!links.use(link)) {
                throw BrokenRule.state("link-used", "По этой ссылке уже ответили: ссылка одноразовая");
            }
            responses.record(campaign, link.respondentKey(), "LINK", request.answers());
        });
        return ResponseEntity.noContent().build();
    }
}
