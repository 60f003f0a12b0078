package ru.nastavnik.gateway.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** monitoring-service's questionnaire answers as the pages read them: typed, so no template touches raw JSON. */
public final class QuestionnaireViews {

    private QuestionnaireViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Template(String id, String code, int version, String purpose, String audience, String form,
                           String title, String description, List<Question> questions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String code, int position, String kind, String text, List<Option> options,
                           String mappingKey, String growthArea, boolean satisfaction, boolean required) {

        /** The scores a rating offers, 1 … its maximum. */
        public List<Integer> scale() {
            int max = "SCALE_10".equals(kind) ? 10 : 5;
            return java.util.stream.IntStream.rangeClosed(1, max).boxed().toList();
        }
    }

    public record Option(String code, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Campaign(String id, String title, String templateId, String templateTitle, int templateVersion,
                           String purpose, String targetGroup, String targetGroupTitle, String form, String formTitle,
                           LocalDate opensOn, LocalDate closesOn, String state, int invited, int answered) {

        public String stateTitle() {
            return switch (state) {
                case "PLANNED" -> "ещё не началась";
                case "OPEN" -> "идёт";
                default -> "завершена";
            };
        }

        public int percent() {
            return invited == 0 ? 0 : answered * 100 / invited;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invitation(String respondentId, String respondentRole, String form, boolean answered,
                             LocalDate answeredOn, String channel, boolean linkIssued) {
    }

    public record CampaignDetail(Campaign campaign, List<Invitation> invitations) {
    }

    public record QuestionnaireForm(String campaignId, String campaignTitle, LocalDate closesOn, Template template,
                                    boolean answered) {
    }

    public record PublicQuestionnaire(String campaignTitle, LocalDate closesOn, Template template, Instant expiresAt) {
    }

    public record IssuedLink(String respondentId, String token, String path, Instant expiresAt) {
    }

    public record Comments(String campaignId, List<QuestionComments> questions) {
    }

    public record QuestionComments(String questionCode, String questionText, List<String> texts) {
    }

    public record RoleSatisfaction(String respondentRole, String title, int answers, long scoreSum, long maximumSum,
                                   Double percent) {
    }

    public record Satisfaction(String level, String unit, LocalDate from, LocalDate asOf, List<RoleSatisfaction> roles,
                               String formula) {
    }

    public record AreaGrowth(String area, double entryShare, double exitShare, double change) {

        public String areaTitle() {
            return QuestionnaireViews.areaTitle(area);
        }
    }

    public record GrowthItem(String mappingKey, String growthArea, String entryQuestion, String exitQuestion,
                             String entryText, String exitText, int entryScore, int entryScaleMax, int exitScore,
                             int exitScaleMax, double entryShare, double exitShare, double change) {
    }

    public record PersonGrowth(String participantId, String respondentRole, String form, String entryTemplateId,
                               LocalDate entryOn, String exitTemplateId, LocalDate exitOn, List<AreaGrowth> areas,
                               List<GrowthItem> items, List<String> notCompared) {
    }

    public record FormGrowth(String respondentRole, String form, String formTitle, String area, int people,
                             double entryShare, double exitShare, double change) {

        public String areaTitle() {
            return QuestionnaireViews.areaTitle(area);
        }
    }

    public record GrowthByForm(String level, String unit, LocalDate asOf, List<FormGrowth> groups, String formula) {
    }

    public record Evidence(String respondentRole, String mappingKey, String kind, String templateId,
                           String questionCode, String questionText, int answers, long scoreSum, double average) {
    }

    public record SwotPoint(String quadrant, String title, String ruleCode, String respondentRole, String mappingKey,
                            double measured, String measure, String comparison, BigDecimal threshold, int minAnswers,
                            int answers, String because, List<Evidence> evidence) {
    }

    public record SwotRule(String code, String quadrant, String mappingKey, String measure, String comparison,
                           BigDecimal threshold, int minAnswers, String title) {
    }

    public record Swot(String level, String unit, LocalDate from, LocalDate asOf, int responses,
                       List<SwotPoint> strengths, List<SwotPoint> weaknesses, List<SwotPoint> opportunities,
                       List<SwotPoint> threats, List<SwotRule> rules) {
    }

    static String areaTitle(String area) {
        return switch (area) {
            case "MOTIVATION" -> "мотивационно-личностный рост";
            case "COMPETENCE" -> "компетентностный рост";
            case "PROFESSION" -> "профессиональный рост";
            default -> area;
        };
    }
}
