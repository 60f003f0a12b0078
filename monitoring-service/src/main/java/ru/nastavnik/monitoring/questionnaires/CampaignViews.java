package ru.nastavnik.monitoring.questionnaires;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API answers about campaigns. Pseudonymous ids only: the gateway asks the registry for names. */
public final class CampaignViews {

    private CampaignViews() {
    }

    /**
     * @param state PLANNED (before its dates), OPEN, CLOSED (after them)
     */
    public record Campaign(String id, String title, String templateId, String templateTitle, int templateVersion,
                           String purpose, String targetGroup, String targetGroupTitle, String form, String formTitle,
                           LocalDate opensOn, LocalDate closesOn, String state, int invited, int answered) {
    }

    /**
     * @param respondentId the participant's pseudonymous id, or CURATOR
     * @param channel      ACCOUNT (answered signed in) or LINK (a pupil's one-time link), when answered
     */
    public record Invitation(String respondentId, String respondentRole, String form, boolean answered,
                             LocalDate answeredOn, String channel, boolean linkIssued) {
    }

    public record CampaignDetail(Campaign campaign, List<Invitation> invitations) {
    }

    /** A questionnaire to answer: the campaign and its template version. */
    public record QuestionnaireForm(String campaignId, String campaignTitle, LocalDate closesOn, Template template,
                                    boolean answered) {
    }

    /** What a pupil's page shows: the questionnaire, nothing about anyone. */
    public record PublicQuestionnaire(String campaignTitle, LocalDate closesOn, Template template, Instant expiresAt) {
    }

    /** @param path the page the pupil opens on the platform's own address */
    public record IssuedLink(String respondentId, String token, String path, Instant expiresAt) {
    }

    /** Free-text answers of a campaign, per question, with no respondent: the school's own reading. */
    public record Comments(String campaignId, List<QuestionComments> questions) {
    }

    public record QuestionComments(String questionCode, String questionText, List<String> texts) {
    }
}
