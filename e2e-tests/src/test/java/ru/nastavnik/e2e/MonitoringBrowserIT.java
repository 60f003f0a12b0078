package ru.nastavnik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Monitoring end to end in Chromium: the figures the school's pairing page counts are the figures its indicators
 * show (recomputed from the events that crossed Kafka), the department compares its schools by name and downloads
 * the tables, the region sees its municipalities by name.
 */
class MonitoringBrowserIT extends BrowserTest {

    private String gateway() {
        return PlatformExtension.platform().config().gatewayUrl();
    }

    private String figure(String code) {
        return browser.findElement(By.cssSelector("article[data-code='" + code + "'] .indicator-figure .value"))
                .getText();
    }

    @Test
    void indicatorsAgreeWithThePairsAndAreComparedByNameAndDownloaded() throws Exception {
        signIn("curator");
        browser.get(gateway() + "/school/pairs");
        String activeOnThePairsPage = browser.findElement(By.id("kpi-active")).getText();
        assertThat(Integer.parseInt(activeOnThePairsPage)).isPositive();
        // the dashboard counts the same pairs, from monitoring's own facts
        browser.findElement(By.linkText("Показатели")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        wait.until(driver -> {
            driver.navigate().refresh();
            return figure("ACTIVE_PAIRS").equals(activeOnThePairsPage + " шт.");
        });
        assertThat(figure("MENTEES_PUPILS_10_18")).endsWith("%");
        assertThat(browser.findElement(By.cssSelector("article[data-code='MENTEES_PUPILS_10_18']")).getText())
                .contains("цель 70 %").containsPattern("\\d+ из \\d+");
        assertThat(browser.findElement(By.id("pairs-by-form")).getText()).contains("ученик – ученик");
        signOut();

        signIn("officer");
        browser.findElement(By.linkText("Показатели")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
        assertThat(browser.findElement(By.className("page-head")).getText()).contains("Сеченовский муниципальный округ");
        assertThat(browser.findElement(By.id("comparison")).getText())
                .contains("МБОУ «Средняя общеобразовательная школа № 1»").contains("МБОУ «Гимназия № 2»")
                .doesNotContain("school-1");
        new Select(browser.findElement(By.cssSelector("#comparison select[name=compare]")))
                .selectByValue("MEETINGS_HELD");
        browser.findElement(By.cssSelector("#comparison button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#comparison h2"),
                "Число проведённых встреч"));
        assertThat(sharedStrings(download("/department/indicators.xlsx"))).contains("Показатель")
                .contains("Число проведённых встреч наставнических пар и групп");
        assertThat(sharedStrings(download("/department/indicators/compare.xlsx?compare=MEETINGS_HELD")))
                .contains("МБОУ «Средняя общеобразовательная школа № 1»").contains("Итого");
        screenshot("department-indicators");
        signOut();

        signIn("analyst");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
        assertThat(browser.findElement(By.id("comparison")).getText()).contains("Сеченовский муниципальный округ");
        screenshot("region-indicators");
    }

    @Test
    void aQuarterIsClosedApprovedFromTheSchoolUpToTheRegionAndTheFeedDownloaded() throws Exception {
        // the region closes the last quarter: every school's figures frozen as of its last day
        signIn("analyst");
        browser.findElement(By.linkText("Кварталы")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("region-actions")));
        String quarter = new Select(browser.findElement(By.cssSelector("select[name=quarter]")))
                .getFirstSelectedOption().getDomProperty("value");
        browser.findElement(By.cssSelector("#region-actions form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#snapshots table")));
        assertThat(browser.findElement(By.id("snapshots")).getText())
                .contains("МБОУ «Средняя общеобразовательная школа № 1»").contains("ждёт утверждения");
        signOut();

        // two heads approve through the API, as a school's script would; the third in the browser
        for (String head : java.util.List.of("head2", "head3")) {
            String school = head.equals("head2") ? "school-2" : "school-3";
            Http.Response approved = Http.call("POST", "/api/monitoring/snapshots/SCHOOL/" + school + "/" + quarter
                    + "/approval", Http.token(head), null);
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        }
        signIn("officer");
        browser.get(gateway() + "/quarters?quarter=" + quarter);
        // the department cannot go first: school-1 is not approved yet
        browser.findElement(By.cssSelector("#approve-own button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("flash")));
        assertThat(browser.findElement(By.className("flash")).getText()).containsIgnoringCase("организац");
        signOut();

        signIn("head");
        browser.get(gateway() + "/quarters?quarter=" + quarter);
        browser.findElement(By.cssSelector("#approve button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("snapshot"), "утверждено"));
        browser.findElement(By.linkText("Кто участвовал")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("participants")));
        signOut();

        signIn("officer");
        browser.get(gateway() + "/quarters?quarter=" + quarter);
        browser.findElement(By.cssSelector("#approve-own button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("snapshots"), "муниципалитет"));
        assertThat(sharedStrings(download("/quarters/" + quarter + "/feed?format=xlsx"))).contains("mun-1");
        signOut();

        signIn("analyst");
        browser.get(gateway() + "/quarters?quarter=" + quarter);
        browser.findElement(By.cssSelector("#approve-own button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("snapshots"), "регион"));
        String feed = new String(download("/quarters/" + quarter + "/feed?format=json"), StandardCharsets.UTF_8);
        assertThat(feed).contains("\"level\":\"REGION\"").contains("\"level\":\"MUNICIPALITY\"")
                .doesNotContain("Волкова");
        screenshot("quarter-approved");
    }

    @Test
    void aCampaignAnsweredByAMentorAndThroughAPupilsLinkUpdatesSatisfactionTheSwotAndTheDashboard() throws Exception {
        // the curator opens two campaigns: the mentors', and the pupils' of the pupil–pupil form
        signIn("curator");
        browser.findElement(By.linkText("Анкетирование")).click();
        openCampaign("PROCESS_MENTOR.v1", "MENTORS", "");
        openCampaign("PROCESS_MENTEE_PUPIL_PUPIL.v1", "MENTEES", "PUPIL_PUPIL");
        // two pupils get links: a SWOT point needs at least two answers of a side
        var boxes = browser.findElements(By.cssSelector("#invitations input[name=participantIds]"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        boxes.get(0).click();
        boxes.get(1).click();
        browser.findElement(By.id("issue-links")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issued-links")));
        List<String> links = browser.findElements(By.cssSelector("#issued-links a.issued-link")).stream()
                .map(a -> a.getDomAttribute("href")).map(href -> href.startsWith("http") ? href : gateway() + href)
                .toList();
        assertThat(links).hasSize(2);
        signOut();

        // the mentor answers signed in
        signIn("mentor");
        browser.findElement(By.linkText("Анкеты")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-questionnaires")));
        browser.findElement(By.cssSelector("#open-questionnaires a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("questionnaire-form")));
        answerEveryQuestion(By.id("questionnaire-form"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("flash")));
        signOut();

        // the pupils answer through their links, once, without an account
        for (String link : links) {
            browser.get(link);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupil-questionnaire")));
            answerEveryQuestion(By.id("pupil-questionnaire"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
        }
        browser.get(links.get(0));
        assertThat(browser.findElement(By.id("refusal")).getText()).isNotBlank();

        // the results: satisfaction of both sides, the SWOT with what produced each point, and the dashboard
        signIn("curator");
        browser.get(gateway() + "/school/questionnaires/results");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("swot")));
        assertThat(browser.findElement(By.id("satisfaction-MENTOR")).getText()).contains("100 %");
        assertThat(browser.findElement(By.id("satisfaction-MENTEE")).getText()).contains("100 %");
        assertThat(browser.findElement(By.id("swot-strengths")).findElements(By.cssSelector("details.swot-point")))
                .isNotEmpty();
        browser.findElement(By.cssSelector("#swot-strengths details.swot-point summary")).click();
        assertThat(browser.findElement(By.cssSelector("#swot-strengths details.swot-point")).getText())
                .contains("ответов");
        screenshot("questionnaire-results");
        browser.get(gateway() + "/school/indicators");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(figure("MENTOR_SATISFACTION")).isEqualTo("100 %");
        assertThat(figure("MENTEE_SATISFACTION")).isEqualTo("100 %");
    }

    private void openCampaign(String template, String group, String form) {
        browser.get(gateway() + "/school/questionnaires");
        new Select(browser.findElement(By.cssSelector("#new-campaign select[name=templateId]"))).selectByValue(template);
        new Select(browser.findElement(By.cssSelector("#new-campaign select[name=targetGroup]"))).selectByValue(group);
        new Select(browser.findElement(By.cssSelector("#new-campaign select[name=form]"))).selectByValue(form);
        browser.findElement(By.cssSelector("#new-campaign button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitations")));
    }

    /** The best mark on every scale, «да» on every yes-no question, a word in every text: then send. */
    private void answerEveryQuestion(By form) {
        for (var question : browser.findElement(form).findElements(By.cssSelector("fieldset.question"))) {
            var radios = question.findElements(By.cssSelector("input[type=radio]"));
            boolean yesNo = radios.size() == 2 && "YES".equals(radios.get(0).getDomAttribute("value"));
            if (!radios.isEmpty()) {
                radios.get(yesNo ? 0 : radios.size() - 1).click();
            }
            question.findElements(By.tagName("textarea")).forEach(text -> text.sendKeys("Всё понравилось"));
        }
        browser.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
    }

    private byte[] download(String path) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(Cookie::toString)
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The text cells of an XLSX (its shared strings), without a spreadsheet library. */
    private static String sharedStrings(byte[] xlsx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No shared strings in the workbook");
    }
}
