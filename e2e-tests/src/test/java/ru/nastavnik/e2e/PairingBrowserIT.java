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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pairing issue end to end in Chromium, as its people use it: the curator matches, shapes and confirms a
 * proposal and downloads the order's draft; the head issues the order; the stalled board shows the pair that never
 * met; the mentor records a meeting and hands a pupil a one-time link; the pupil answers without an account; the
 * curator completes the pair, and re-forms another one that did not fit.
 */
class PairingBrowserIT extends BrowserTest {

    private String gateway() {
        return PlatformExtension.platform().config().gatewayUrl();
    }

    @Test
    void matchAdjustConfirmOrderMeetFeedbackStallCompleteAndRepair() throws Exception {
        // the curator matches the bases
        signIn("curator");
        browser.get(gateway() + "/school/pairs");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("countdown")));
        assertThat(browser.findElement(By.id("countdown")).getText()).containsAnyOf("Пары закреплены приказом",
                "Осталось", "Срок прошёл");
        assertThat(browser.findElement(By.id("pairs")).getText()).contains("Работает");
        assertFitsWidth(420);
        assertFitsWidth(1400);
        screenshot("pairing-start");
        browser.findElement(By.cssSelector("#draft-proposal button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-pairs")));
        List<WebElement> proposed = browser.findElements(By.cssSelector("#proposal-pairs .proposal-pair"));
        assertThat(proposed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(proposed.getFirst().findElement(By.className("score-bar")).getDomAttribute("style")).contains("width");
        proposed.getFirst().findElement(By.tagName("summary")).click();
        assertThat(proposed.getFirst().findElement(By.className("why")).getText()).contains("Лучшая альтернатива")
                .contains("+");
        assertThat(browser.findElement(By.id("unmatched")).getText()).isNotBlank();
        screenshot("pairing-board");

        // shaped: a mentee taken out and given back; the objective's change is shown
        String heldOut = proposed.getFirst().findElement(By.className("pp-mentee")).getText();
        proposed.getFirst().findElement(By.xpath(".//button[text()='Убрать из подбора']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "убран из подбора"));
        assertThat(browser.findElement(By.id("unmatched")).getText()).contains(heldOut).contains("куратор исключил");
        assertThat(browser.findElement(By.id("score-change")).getText()).contains("к прошлому варианту");
        browser.findElement(By.xpath("//table[@id='unmatched']//tr[td[text()='" + heldOut + "']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "возвращён"));
        assertThat(browser.findElement(By.id("proposal-pairs")).getText()).contains(heldOut);
        browser.findElement(By.cssSelector("#confirm-proposal button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting")));
        assertThat(browser.findElement(By.className("notice")).getText()).contains("Пары сформированы");
        String waitingMentor = browser.findElement(By.cssSelector("#waiting tbody tr td:nth-child(2)")).getText();

        // the order's draft, downloaded with the session: the school's own names are in it
        byte[] docx = download("/school/pairs/order/draft?format=DOCX");
        assertThat(new String(docx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(entry(docx, "word/document.xml")).contains("О закреплении наставнических пар").contains(waitingMentor);
        byte[] pdf = download("/school/pairs/order/draft?format=PDF");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(browser.findElement(By.id("issue-order")).getText()).contains("Издаёт приказ руководитель");
        signOut();

        // the head issues it
        signIn("head");
        browser.get(gateway() + "/school/pairs/order");
        browser.findElement(By.cssSelector("#issue-order input[name=number]")).sendKeys("77-о");
        browser.findElement(By.xpath("//button[text()='Издать приказ']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "Приказ издан"));
        assertThat(browser.findElement(By.id("pairs")).getText()).contains(waitingMentor);

        // the pair that never met stands on the stalled board by itself
        browser.get(gateway() + "/school/pairs/stalled");
        assertThat(browser.findElement(By.id("stalled")).getText())
                .contains("Нет первой встречи через 14 дней после приказа");
        screenshot("pairing-stalled");
        signOut();

        // the mentor: «Мои пары», a meeting recorded, a pupil's link
        signIn("mentor");
        wait.until(ExpectedConditions.urlMatches(".*/mentor$"));
        browser.findElement(By.cssSelector("#my-pairs a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings")));
        String pairUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("meeting-timeline")).findElements(By.cssSelector("circle")))
                .hasSizeGreaterThanOrEqualTo(4);
        browser.findElement(By.xpath("//li[@data-kind='WORKING']//button[starts-with(text(),'Ссылка для отзыва')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("link-out")));
        String link = browser.findElement(By.className("link-out")).getDomProperty("value");
        assertThat(link).startsWith("/feedback/");
        new Select(browser.findElement(By.cssSelector("#record-meeting select[name=kind]"))).selectByValue("FINAL");
        browser.findElement(By.cssSelector("#record-meeting textarea[name=notes]")).sendKeys("Подвели итоги полугодия");
        browser.findElement(By.cssSelector("#record-meeting button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), "Итоговая встреча"));
        // the mentor's own feedback on the final meeting
        browser.findElement(By.cssSelector("li[data-kind='FINAL'] details.feedback-form summary")).click();
        browser.findElement(By.cssSelector("li[data-kind='FINAL'] details.feedback-form input[name=score]")).clear();
        browser.findElement(By.cssSelector("li[data-kind='FINAL'] details.feedback-form input[name=score]")).sendKeys("4");
        browser.findElement(By.cssSelector("li[data-kind='FINAL'] details.feedback-form textarea[name=comment]"))
                .sendKeys("Цели полугодия достигнуты");
        browser.findElement(By.cssSelector("li[data-kind='FINAL'] details.feedback-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), "Цели полугодия достигнуты"));
        assertThat(browser.findElement(By.cssSelector("li[data-kind='FINAL'] .feedback")).getText()).contains("★★★★☆");
        screenshot("mentor-pair");
        signOut();

        // the pupil, without an account, answers once
        browser.get(gateway() + link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupil-feedback")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Как прошла встреча?");
        browser.findElement(By.cssSelector("input[name=score][value='4']")).click();
        browser.findElement(By.cssSelector("textarea[name=comment]")).sendKeys("Было полезно");
        browser.findElement(By.cssSelector("#pupil-feedback button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
        browser.get(gateway() + link);
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("уже ответили");

        // the curator completes the pair, and re-forms another that did not fit
        signIn("curator");
        browser.get(pairUrl);
        assertThat(browser.findElement(By.id("meetings")).getText()).contains("Было полезно")
                .contains("Цели полугодия достигнуты");
        browser.findElement(By.cssSelector("#complete textarea[name=mentorReflection]")).sendKeys("Рост самостоятельности");
        browser.findElement(By.cssSelector("#complete textarea[name=menteeReflection]")).sendKeys("Уверенность на уроках");
        browser.findElement(By.cssSelector("#complete input[name=nominateMentor]")).click();
        browser.findElement(By.cssSelector("#complete button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pair-status"), "Завершена"));
        assertThat(browser.findElement(By.id("completion-result")).getText()).contains("выдвинут к поощрению");

        browser.get(gateway() + "/school/pairs");
        WebElement pupilPair = browser.findElement(By.xpath(
                "//table[@id='pairs']//tr[td[text()='ученик – ученик'] and .//span[text()='Работает']]//a"));
        pupilPair.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dissolve")));
        String mentee = browser.findElement(By.cssSelector("h1 span:nth-of-type(3)")).getText();
        browser.findElement(By.cssSelector("details.danger summary")).click();
        new Select(browser.findElement(By.cssSelector("#dissolve select[name=reason]"))).selectByValue("NOT_A_GOOD_FIT");
        browser.findElement(By.cssSelector("#dissolve button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pair-status"), "Расформирована"));
        browser.findElement(By.cssSelector("#repair button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Повторный подбор"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(mentee);
        screenshot("pairing-repair");
    }

    private byte[] download(String path) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(Cookie::toString)
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name);
    }
}
