package ru.nastavnik.monitoring.questionnaires;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/**
 * Templates, a school's campaigns, and answering them signed in: a mentor their own invitations (the token's
 * participant id), the curator the curator questionnaire. The school's staff see their campaigns only; another
 * school's campaign is "not found".
 */
@RestController
@RequestMapping("/api/monitoring/questionnaires")
@Tag(name = "Анкетирование")
class CampaignController {

    private final Templates templates;
    private final Campaigns campaigns;
    private final Responses responses;
    private final QuestionnaireLinks links;
    private final JdbcClient jdbc;

    CampaignController(Templates templates, Campaigns campaigns, Responses responses, QuestionnaireLinks links,
                       JdbcClient jdbc) {
        this.templates = templates;
        this.campaigns = campaigns;
        this.responses = responses;
        this.links = links;
        this.jdbc = jdbc;
    }

    record CampaignRequest(
            @NotBlank(message = "выберите анкету") @Size(max = 80) String templateId,
            @NotNull(message = "выберите, кого опросить") TargetGroup targetGroup,
            @Size(max = 40) String form,
            @NotBlank(message = "укажите название") @Size(max = 200, message = "не длиннее 200 символов") String title,
            @NotNull(message = "укажите дату начала") LocalDate opensOn,
            @NotNull(message = "укажите дату окончания") LocalDate closesOn) {
    }

    record AnswersRequest(@NotNull(message = "передайте ответы") @Size(max = 100) Map<String, @Size(max = 2000) String> answers) {
    }

    record LinksRequest(@NotEmpty(message = "укажите, для кого ссылки")
                        @Size(max = 500, message = "не больше 500 ссылок за раз") List<@NotBlank @Size(max = 64) String> participantIds) {
    }

    @GetMapping("/templates")
    @Operation(summary = "Шаблоны анкет всех версий с вопросами")
    List<Template> templates(Caller caller) {
        requireMonitoringReader(caller);
        return templates.all();
    }

    @GetMapping("/templates/{id}")
    @Operation(summary = "Одна версия шаблона анкеты")
    Template template(Caller caller, @PathVariable String id) {
        requireMonitoringReader(caller);
        return templates.byId(id).orElseThrow(() -> BrokenRule.notVisible("Анкета не найдена"));
    }

    @PostMapping("/campaigns")
    @Operation(summary = "Новая кампания анкетирования: анкета, группа, даты; приглашённые — по фактам мониторинга")
    ResponseEntity<CampaignViews.Campaign> create(Caller caller, @Valid @RequestBody CampaignRequest request) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        String schoolId = caller.requireSchool();
        String id = campaigns.create(schoolId, request.templateId(), request.targetGroup(), request.form(),
                request.title(), request.opensOn(), request.closesOn());
        return ResponseEntity.created(URI.create("/api/monitoring/questionnaires/campaigns/" + id))
                .body(campaigns.view(id));
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Кампании организации с ходом: приглашено и ответило")
    List<CampaignViews.Campaign> list(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return campaigns.list(caller.requireSchool());
    }

    @GetMapping("/campaigns/{id}")
    @Operation(summary = "Кампания: кто приглашён (псевдонимные идентификаторы), кто ответил, выданы ли ссылки")
    CampaignViews.CampaignDetail detail(Caller caller, @PathVariable String id) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        Campaigns.Stored campaign = campaigns.ofSchool(id, caller.requireSchool());
        return new CampaignViews.CampaignDetail(campaigns.view(campaign.id()), campaigns.invitations(campaign.id()));
    }

    @PostMapping("/campaigns/{id}/links")
    @Operation(summary = "Одноразовые ссылки для приглашённых без учётной записи (обучающихся): 14 дней, не дольше кампании")
    @Transactional
    List<CampaignViews.IssuedLink> issueLinks(Caller caller, @PathVariable String id,
                                              @Valid @RequestBody LinksRequest request) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        Campaigns.Stored campaign = campaigns.ofSchool(id, caller.requireSchool());
        if (campaign.targetGroup() == TargetGroup.CURATOR) {
            throw BrokenRule.invalid("no-links-for-curator", "Анкету куратора заполняют в системе, без ссылок");
        }
        if (campaign.closesOn().isBefore(LocalDate.now(links.clock()))) {
            throw BrokenRule.state("campaign-closed", "Анкетирование уже закончилось: ссылки не выдаются");
        }
        List<CampaignViews.IssuedLink> issued = new ArrayList<>();
        for (String participantId : new java.util.LinkedHashSet<>(request.participantIds())) {
            if (campaigns.invitedForm(campaign.id(), participantId).isEmpty()) {
                throw BrokenRule.invalid("not-invited", "Среди приглашённых в эту кампанию нет участника "
                        + participantId);
            }
            if (campaigns.answered(campaign.id(), participantId)) {
                throw BrokenRule.state("already-answered", "Участник " + participantId + " уже ответил");
            }
            QuestionnaireLinks.Issued link = links.issue(campaign.id(), participantId, campaign.closesOn());
            issued.add(new CampaignViews.IssuedLink(participantId, link.token(), "/questionnaire/" + link.token(),
                    link.expiresAt()));
        }
        return issued;
    }

    @GetMapping("/campaigns/{id}/comments")
    @Operation(summary = "Свободные ответы кампании по вопросам, без авторов (только для самой организации)")
    CampaignViews.Comments comments(Caller caller, @PathVariable String id) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        Campaigns.Stored campaign = campaigns.ofSchool(id, caller.requireSchool());
        Template template = responses.templateOf(campaign);
        Map<String, List<String>> texts = new LinkedHashMap<>();
        jdbc.sql("SELECT question_code, text FROM questionnaire_comment WHERE campaign_id = ? ORDER BY id")
                .param(campaign.id())
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(rs.getString(2));
                });
        List<CampaignViews.QuestionComments> questions = template.questions().stream()
                .filter(question -> question.kind() == QuestionKind.TEXT)
                .map(question -> new CampaignViews.QuestionComments(question.code(), question.text(),
                        texts.getOrDefault(question.code(), List.of())))
                .toList();
        return new CampaignViews.Comments(campaign.id(), questions);
    }

    @GetMapping("/mine")
    @Operation(summary = "Открытые анкеты, которые ждут ответа вызывающего: наставника или куратора")
    List<CampaignViews.Campaign> mine(Caller caller) {
        return campaigns.openFor(caller.requireSchool(), respondentKey(caller));
    }

    @GetMapping("/campaigns/{id}/form")
    @Operation(summary = "Анкета для ответа: вопросы той версии шаблона, по которой идёт кампания")
    CampaignViews.QuestionnaireForm form(Caller caller, @PathVariable String id) {
        Campaigns.Stored campaign = invitedCampaign(caller, id);
        return new CampaignViews.QuestionnaireForm(campaign.id(), campaign.title(), campaign.closesOn(),
                responses.templateOf(campaign), campaigns.answered(campaign.id(), respondentKey(caller)));
    }

    @PostMapping("/campaigns/{id}/responses")
    @Operation(summary = "Ответ на анкету (один раз): коды вопросов → ответы")
    ResponseEntity<Void> answer(Caller caller, @PathVariable String id, @Valid @RequestBody AnswersRequest request) {
        Campaigns.Stored campaign = invitedCampaign(caller, id);
        responses.record(campaign, respondentKey(caller), "ACCOUNT", request.answers());
        return ResponseEntity.noContent().build();
    }

    /** A mentor answers as their participant record; the school's curator (or head) answers the curator questionnaire. */
    private static String respondentKey(Caller caller) {
        if (caller.hasAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD)) {
            return Campaigns.CURATOR_KEY;
        }
        caller.requireAnyRole(Caller.MENTOR);
        return caller.requireParticipant();
    }

    private Campaigns.Stored invitedCampaign(Caller caller, String id) {
        String key = respondentKey(caller);
        Campaigns.Stored campaign = campaigns.ofSchool(id, caller.requireSchool());
        if (campaigns.invitedForm(campaign.id(), key).isEmpty()) {
            throw BrokenRule.notVisible("Анкета не найдена");
        }
        return campaign;
    }

    private static void requireMonitoringReader(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR, Caller.MUNICIPAL_OFFICER,
                Caller.REGIONAL_ANALYST);
    }
}
