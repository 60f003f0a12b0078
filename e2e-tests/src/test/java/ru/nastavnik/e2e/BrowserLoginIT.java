package ru.nastavnik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in real Chromium: opens the platform, signs in on Keycloak's own page and lands on the
 * start page of their role. Screenshots go to target/screenshots for a human look.
 */
class BrowserLoginIT extends BrowserTest {

    @Test
    void theCuratorSignsInOnKeycloakAndLandsOnTheSchoolsRoadmaps() throws Exception {
        signIn("curator");

        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Дорожные карты");
        assertThat(browser.findElement(By.id("roadmaps")).getText())
                .contains("Дорожная карта внедрения целевой модели наставничества").contains("Исполняется");
        assertThat(browser.findElement(By.className("who")).getText()).contains("Анна Куратова").contains("Куратор");
        assertThat(browser.findElement(By.id("previous-roadmap")).getText())
                .contains("Продолжить «Дорожная карта внедрения целевой модели наставничества» (2026/2027)");
        screenshot("curator-start");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlMatches(".*:" + PlatformExtension.platform().config().gatewayPort() + "/$"));
        assertThat(browser.findElement(By.linkText("Войти в систему")).isDisplayed()).isTrue();
    }

    @Test
    void theOfficerLandsOnTheDistrictSummaryWithItsChart() throws Exception {
        signIn("officer");

        wait.until(ExpectedConditions.urlMatches(".*/department$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Дорожные карты организаций района");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("МБОУ «Гимназия № 2»")
                .contains("МБУ ДО «Центр детского творчества»");
        assertThat(browser.findElement(By.id("kpi-on-time")).getText()).matches("—|\\d+.?%");
        Object drawn = ((ChromeDriver) browser).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('status-chart')) != null");
        assertThat(drawn).isEqualTo(Boolean.TRUE);
        screenshot("officer-start");
    }

    @Test
    void theCuratorBuildsARoadmapWithDeadlineFeedbackInRussian() throws Exception {
        signIn("curator");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));

        browser.findElement(By.cssSelector("#create-roadmap input[name=title]")).clear();
        browser.findElement(By.cssSelector("#create-roadmap input[name=title]")).sendKeys("Карта из браузера");
        browser.findElement(By.cssSelector("#create-roadmap button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-action")));
        assertThat(browser.findElement(By.className("notice")).getText()).isEqualTo("Черновик дорожной карты создан");

        browser.findElement(By.cssSelector("#add-action input[name=number]")).sendKeys("первый");
        browser.findElement(By.cssSelector("#add-action textarea[name=title]")).sendKeys("Назначение куратора");
        browser.findElement(By.cssSelector("#add-action input[name=deadline]")).sendKeys("до 31 ноября");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deadline-preview"), "не существует"));
        browser.findElement(By.cssSelector("#deadline-preview button")).click();
        assertThat(browser.findElement(By.cssSelector("#add-action input[name=deadline]")).getDomProperty("value"))
                .isEqualTo("до 30 ноября");
        browser.findElement(By.cssSelector("#add-action input[name=responsible]")).sendKeys("Директор");
        browser.findElement(By.cssSelector("#add-action button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error")));
        assertThat(browser.findElement(By.className("error")).getText())
                .isEqualTo("Номер мероприятия записывается цифрами через точку, например 2.7");

        browser.findElement(By.cssSelector("#add-action input[name=number]")).clear();
        browser.findElement(By.cssSelector("#add-action input[name=number]")).sendKeys("1.1");
        browser.findElement(By.cssSelector("#add-action button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "30.11.2026"));
        assertThat(browser.findElement(By.id("actions")).getText()).contains("до 30 ноября");
        assertThat(browser.findElements(By.cssSelector("#timeline .tl-dot"))).hasSize(1);
        screenshot("curator-roadmap");

        browser.findElement(By.cssSelector(".edit-action summary")).click();
        var deadline = browser.findElement(By.cssSelector(".edit-action input[name=deadline]"));
        deadline.clear();
        deadline.sendKeys("ежегодно (ноябрь, май)");
        browser.findElement(By.cssSelector(".edit-action button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "31.05.2027"));
        assertThat(browser.findElements(By.cssSelector("#timeline .tl-dot"))).hasSize(2);
        browser.findElement(By.cssSelector(".edit-action summary")).click();
        browser.findElement(By.xpath("//button[text()='Удалить мероприятие']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "Мероприятий пока нет."));
    }

    @Test
    void theDepartmentIssuesATemplateAndASchoolStartsItsRoadmapFromIt() throws Exception {
        signIn("officer");
        wait.until(ExpectedConditions.urlMatches(".*/department$"));
        browser.findElement(By.linkText("План и шаблоны")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-plan")));
        assertThat(browser.findElement(By.id("templates")).getText())
                .contains("Этапы реализации Программы наставничества").contains("приказ № 428");
        assertThat(browser.findElement(By.id("plans")).getText()).contains("на 2026 год").contains("Исполняется");

        new Select(browser.findElement(By.id("plan-kind"))).selectByValue("TEMPLATE");
        browser.findElement(By.cssSelector("#create-plan input[name=title]")).clear();
        browser.findElement(By.cssSelector("#create-plan input[name=title]")).sendKeys("Шаблон из браузера");
        browser.findElement(By.cssSelector("#create-plan button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-action")));
        assertThat(browser.findElement(By.id("roadmap-kind")).getText()).contains("Шаблон для школ");
        addAction("1.1", "Определение модели наставничества", "до 30 ноября", "Куратор", "30.11.2026");
        addAction("1.2", "Утверждение дорожной карты", "в течение двух недель с даты определения модели",
                "Руководитель ОО", "через 14 дн. после выполнения 1.1");
        assertThat(browser.findElements(By.id("submit-roadmap"))).isEmpty();
        browser.findElement(By.cssSelector("#approve-by-department input[name=orderNumber]")).sendKeys("501");
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2026-09-15'",
                browser.findElement(By.cssSelector("#approve-by-department input[name=orderDate]")));
        browser.findElement(By.cssSelector("#approve-by-department button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("roadmap-status"), "Утверждён"));
        assertThat(browser.findElement(By.id("withdraw-template")).isDisplayed()).isTrue();
        screenshot("officer-template");
        signOut();

        signIn("curator");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        new Select(browser.findElement(By.id("previous-roadmap")))
                .selectByVisibleText("По шаблону управления образования «Шаблон из браузера» (приказ № 501)");
        browser.findElement(By.cssSelector("#create-roadmap input[name=title]")).clear();
        browser.findElement(By.cssSelector("#create-roadmap input[name=title]")).sendKeys("Карта по шаблону");
        browser.findElement(By.cssSelector("#create-roadmap button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-action")));
        assertThat(browser.findElement(By.className("notice")).getText()).contains("по шаблону управления образования");
        assertThat(browser.findElement(By.id("roadmap-kind")).getText()).contains("Дорожная карта школы");
        assertThat(browser.findElement(By.id("actions")).getText()).contains("Определение модели наставничества")
                .contains("через 14 дн. после выполнения 1.1");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Создана по шаблону управления образования");
        assertThat(browser.findElement(By.id("submit-roadmap")).isDisplayed()).isTrue();
        screenshot("curator-from-template");
    }

    @Test
    void theCuratorRecordsConsentAddsAMenteeWithRequestsImportsASpreadsheetAndTheDepartmentSeesOnlyCounts() throws Exception {
        signIn("curator");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        browser.findElement(By.linkText("Базы")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrol")));
        assertThat(browser.findElement(By.id("people")).getText()).contains("Соколова Алиса Дмитриевна");
        int menteesBefore = Integer.parseInt(browser.findElement(By.id("kpi-mentees")).getText());

        // a minor without a guardian's name: refused in Russian, nothing stored
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2026-09-10'",
                browser.findElement(By.cssSelector("#enrol input[name=signedOn]")));
        browser.findElement(By.cssSelector("#enrol input[name=fullName]")).sendKeys("Белова Дарья Игоревна");
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2014-05-20'",
                browser.findElement(By.cssSelector("#enrol input[name=birthDate]")));
        browser.findElement(By.cssSelector("#enrol input[name=grade]")).sendKeys("6");
        browser.findElement(By.cssSelector("#enrol button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error")));
        assertThat(browser.findElement(By.className("error")).getText())
                .contains("За несовершеннолетнего согласие подписывает родитель");
        assertThat(browser.findElement(By.id("people")).getText()).doesNotContain("Белова Дарья Игоревна");

        browser.findElement(By.cssSelector("#enrol input[name=signerName]")).sendKeys("Белов Игорь Николаевич");
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2026-09-10'",
                browser.findElement(By.cssSelector("#enrol input[name=signedOn]")));
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2014-05-20'",
                browser.findElement(By.cssSelector("#enrol input[name=birthDate]")));
        browser.findElement(By.cssSelector("#enrol button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("Белова Дарья Игоревна");
        assertThat(browser.findElement(By.id("consent")).getText()).contains("Белов Игорь Николаевич").contains("10.09.2026");

        browser.findElement(By.cssSelector("#requests input[value=OLYMPIAD]")).click();
        browser.findElement(By.cssSelector("#requests textarea[name=note]")).sendKeys("Химия, 7 класс в следующем году");
        browser.findElement(By.cssSelector("#requests button")).click();
        wait.until(ExpectedConditions.textToBe(By.className("notice"), "Запросы записаны"));
        assertThat(browser.findElement(By.cssSelector("#requests input[value=OLYMPIAD]")).isSelected()).isTrue();
        screenshot("curator-person");

        browser.findElement(By.linkText("Базы")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people")));
        assertThat(Integer.parseInt(browser.findElement(By.id("kpi-mentees")).getText())).isEqualTo(menteesBefore + 1);
        assertThat(browser.findElement(By.id("people")).getText()).contains("Белова Дарья Игоревна")
                .contains("Подготовка к олимпиадам и конкурсам");

        // the school's spreadsheet: previewed, then imported with progress; Белова is already in, one row is wrong
        Path sheet = Files.createTempDirectory("base-import").resolve("база-наставляемых.csv");
        Files.writeString(sheet, String.join("\n",
                "ФИО;Дата рождения;Класс;ФИО родителя;Дата согласия;Запросы",
                "Белова Дарья Игоревна;20.05.2014;6;Белов Игорь Николаевич;10.09.2026;",
                "Зайцев Тимур Романович;01.02.2013;7;Зайцева Инна;10.09.2026;Профессиональная ориентация",
                "Ильина Софья Максимовна;14.07.2012;8;Ильин Максим;10.09.2026;Проектная и исследовательская деятельность",
                "Климов Роман;31.02.2012;8;Климова Ольга;10.09.2026;"), java.nio.charset.StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("#import input[type=file]")).sendKeys(sheet.toString());
        browser.findElement(By.cssSelector("#import button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
        assertThat(browser.findElement(By.id("ready-count")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("preview")).getText()).contains("уже в базе")
                .contains("«31.02.2012» не похожа на дату");
        screenshot("curator-import-preview");
        browser.findElement(By.cssSelector("#confirm-import button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Импорт завершён"));
        assertThat(browser.findElement(By.id("import-created")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("import-bar")).getDomAttribute("style")).contains("100%");
        screenshot("curator-import-done");
        browser.findElement(By.linkText("Базы")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people")));
        assertThat(Integer.parseInt(browser.findElement(By.id("kpi-mentees")).getText())).isEqualTo(menteesBefore + 3);
        assertThat(browser.findElement(By.id("people")).getText()).contains("Зайцев Тимур Романович");
        signOut();

        signIn("officer");
        wait.until(ExpectedConditions.urlMatches(".*/department$"));
        browser.findElement(By.linkText("Участники")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people-counts")));
        String counts = browser.findElement(By.id("people-counts")).getText();
        assertThat(counts).contains("МБОУ «Средняя общеобразовательная школа № 1»");
        assertThat(browser.getPageSource()).doesNotContain("Белова").doesNotContain("Соколова");
        Object drawn = ((ChromeDriver) browser).executeScript(
                "return Chart.getChart(document.getElementById('people-chart')).data.datasets[0].data.reduce((a, b) => a + b, 0)");
        assertThat(((Number) drawn).intValue()).isGreaterThanOrEqualTo(menteesBefore + 3);
        screenshot("officer-people");
    }

    @Test
    void theHeadReportsTheQuartersHeadcountByAgeAndGrade() throws Exception {
        signIn("head");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        browser.findElement(By.linkText("Численность")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headcount")));
        Object grade7 = ((ChromeDriver) browser).executeScript(
                "return Chart.getChart(document.getElementById('grades-chart')).data.datasets[0].data[6]");
        assertThat(((Number) grade7).intValue()).isEqualTo(82);

        var sixth = browser.findElement(By.cssSelector("#headcount input[name=grade6]"));
        sixth.clear();
        sixth.sendKeys("-5");
        // past the browser's own check, to see the service's answer
        ((ChromeDriver) browser).executeScript("document.getElementById('headcount').noValidate = true");
        browser.findElement(By.cssSelector("#headcount button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error")));
        assertThat(browser.findElement(By.className("error")).getText()).contains("не меньше 0");

        sixth = browser.findElement(By.cssSelector("#headcount input[name=grade6]"));
        sixth.clear();
        sixth.sendKeys("91");
        browser.findElement(By.cssSelector("#headcount button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("notice")));
        assertThat(browser.findElement(By.className("notice")).getText()).startsWith("Численность за").endsWith("сохранена");
        Object grade6 = ((ChromeDriver) browser).executeScript(
                "return Chart.getChart(document.getElementById('grades-chart')).data.datasets[0].data[5]");
        assertThat(((Number) grade6).intValue()).isEqualTo(91);
        assertThat(browser.findElement(By.id("headcounts")).getText()).contains("квартал");
        screenshot("head-headcount");
    }

    @Test
    void aSchoolRecordsAPartnerSharesAPracticeAndANeighbourFindsIt() throws Exception {
        signIn("curator");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        browser.findElement(By.linkText("Партнёры")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-partner")));
        assertThat(browser.findElements(By.cssSelector("#agreement-terms .term-bar.active"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#agreement-terms .term-bar")).getDomAttribute("style"))
                .as("placed by its dates, with no inline style the page's policy would refuse").contains("left:")
                .contains("width:");
        browser.findElement(By.cssSelector("#register-partner input[name=name]")).sendKeys("ГБПОУ «Технический колледж»");
        new Select(browser.findElement(By.cssSelector("#register-partner select[name=kind]"))).selectByValue("COLLEGE");
        browser.findElement(By.cssSelector("#register-partner input[name=inn]")).sendKeys("123");
        browser.findElement(By.cssSelector("#register-partner button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("error")));
        assertThat(browser.findElement(By.className("error")).getText()).contains("ИНН — 10 цифр");
        var inn = browser.findElement(By.cssSelector("#register-partner input[name=inn]"));
        inn.clear();
        inn.sendKeys("5225009876");
        browser.findElement(By.cssSelector("#register-partner button")).click();
        wait.until(ExpectedConditions.textToBe(By.className("notice"), "Организация-партнёр записана"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("ГБПОУ «Технический колледж»");
        screenshot("curator-partners");

        browser.findElement(By.linkText("Практики")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish")));
        browser.findElement(By.cssSelector("#publish input[name=title]")).sendKeys("Проектные пары в 7-х классах");
        browser.findElement(By.cssSelector("#publish textarea[name=summary]")).sendKeys(
                "Восьмиклассники ведут проекты семиклассников по биологии: пара на проект, встречи раз в неделю.");
        browser.findElement(By.cssSelector("#publish button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("notice")));
        assertThat(browser.findElement(By.id("publications")).getText()).contains("Проектные пары в 7-х классах");
        signOut();

        signIn("curator2");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        browser.findElement(By.linkText("Практики")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-filters")));
        browser.findElement(By.cssSelector("#practice-filters input[name=q]")).sendKeys("проектные пары");
        browser.findElement(By.cssSelector("#practice-filters button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("publications"), "Проектные пары в 7-х классах"));
        assertThat(browser.findElement(By.id("publications")).getText())
                .contains("МБОУ «Средняя общеобразовательная школа № 1»").doesNotContain("Молодой педагог");
        screenshot("neighbour-practices");
    }

    @Test
    void theCuratorReadsARoadmapDocumentCorrectsItAndSavesADraft() throws Exception {
        Path document = Files.createTempDirectory("roadmap-document").resolve("дорожная-карта.txt");
        Files.writeString(document, String.join("\n",
                "УТВЕРЖДЕНА приказом директора от 01.09.2026 № 77",
                "Дорожная карта внедрения наставничества на 2026/2027 учебный год",
                "№\tМероприятие\tСрок\tОтветственный\tРезультат",
                "1.\tПодготовка условий\t\t\t",
                "1.1\tНазначение куратора\tдо 31 ноября\tДиректор\tПриказ",
                "1.2\tСтраница на сайте\tсентябрь 2026\tАдминистратор сайта\tСтраница",
                "2.\tБазы\t\t\t",
                "2.1\tАнкетирование наставников\tежегодно (октябрь)\t\tИтоги анкетирования"),
                java.nio.charset.StandardCharsets.UTF_8);
        signIn("curator");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        browser.findElement(By.cssSelector("#import-document input[type=file]")).sendKeys(document.toString());
        browser.findElement(By.cssSelector("#import-document button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-rows")));
        assertThat(browser.findElement(By.id("import-count")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("#import-draft input[name=schoolYear]")).getDomProperty("value"))
                .isEqualTo("2026/2027");
        assertThat(browser.findElement(By.id("import-rows")).getText()).contains("не существует");
        assertThat(browser.findElement(By.id("import-approval")).getText())
                .isEqualTo("В документе: утверждён приказом директора № 77 от 01.09.2026");
        assertThat(browser.findElement(By.id("import-confidence")).getText())
                .as("every cell came from a named column").contains("100% ячеек прочитаны уверенно");
        assertThat(browser.findElement(By.cssSelector("#import-confidence .progress-bar")).getDomAttribute("style"))
                .contains("width: 100%");
        screenshot("curator-document-preview");

        var deadline = browser.findElement(By.cssSelector("#import-draft input[name='deadline.0']"));
        deadline.clear();
        deadline.sendKeys("до 30 ноября");
        browser.findElement(By.cssSelector("#import-draft input[name='responsible.2']")).sendKeys("Куратор");
        browser.findElement(By.cssSelector("#import-draft button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actions")));
        assertThat(browser.findElement(By.className("notice")).getText()).contains("3 мероприятий");
        assertThat(browser.findElement(By.id("actions")).getText()).contains("Назначение куратора").contains("30.11.2026")
                .contains("Анкетирование наставников").contains("Куратор");
        assertThat(status()).isEqualTo("Черновик");
    }

    @Test
    void theDepartmentMovesItsSchoolsRoadmapDocumentsOntoThePlatformAtOnce() throws Exception {
        Path folder = Files.createTempDirectory("migration");
        Path gymnasium = Files.writeString(folder.resolve("Гимназия 2.txt"), String.join("\n",
                "Дорожная карта реализации программы наставничества МБОУ «Гимназия № 2» на 2026/2027 учебный год",
                "1. Подготовка",
                "1.1 Приказ о назначении куратора до 01.10.2026 Директор Приказ",
                "1.2 Положение о наставничестве сентябрь 2026 Куратор Положение"),
                java.nio.charset.StandardCharsets.UTF_8);
        Path centre = Files.writeString(folder.resolve("ЦДТ этапы.txt"), String.join("\n",
                "Этапы наставничества в Центре детского творчества",
                "№ Этап Содержание",
                "1. Подготовка",
                "• Приказ о кураторе",
                "• Анкетирование педагогов"),
                java.nio.charset.StandardCharsets.UTF_8);
        signIn("officer");
        wait.until(ExpectedConditions.urlMatches(".*/department$"));
        browser.get(browser.getCurrentUrl() + "/plans");
        browser.findElement(By.id("open-migration")).click();
        browser.findElement(By.id("migration-files")).sendKeys(gymnasium + "\n" + centre);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("school-of-1")));
        var gymnasiumSchool = new Select(browser.findElement(By.id("school-of-0")));
        assertThat(gymnasiumSchool.getFirstSelectedOption().getText()).as("guessed from the file's name")
                .isEqualTo("МБОУ «Гимназия № 2»");
        new Select(browser.findElement(By.id("school-of-1")))
                .selectByVisibleText("МБУ ДО «Центр детского творчества»");
        screenshot("officer-migration-form");
        browser.findElement(By.cssSelector("#migration-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-status"), "Перенос завершён"));
        String outcome = browser.findElement(By.id("batch-items")).getText();
        assertThat(outcome).contains("Гимназия 2.txt").contains("МБОУ «Гимназия № 2»")
                .contains("МБУ ДО «Центр детского творчества»");
        assertThat(browser.findElements(By.linkText("черновик создан"))).hasSize(2);
        screenshot("officer-migration-done");
        browser.findElements(By.linkText("черновик создан")).getFirst().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actions")));
        assertThat(status()).isEqualTo("Черновик");
        assertThat(browser.findElement(By.id("actions")).getText()).contains("Приказ о назначении куратора")
                .contains("Положение о наставничестве");
        signOut();

        signIn("curator2");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        assertThat(browser.getPageSource()).as("the draft waits in the school's own office")
                .contains("Дорожная карта реализации программы наставничества МБОУ «Гимназия № 2» на 2026/2027 учебный год");
    }

    /** Fills the editor's form and waits until the table shows the due date the deadline was read as. */
    private void addAction(String number, String title, String deadline, String responsible, String dueDate) {
        browser.findElement(By.cssSelector("#add-action input[name=number]")).sendKeys(number);
        browser.findElement(By.cssSelector("#add-action textarea[name=title]")).sendKeys(title);
        browser.findElement(By.cssSelector("#add-action input[name=deadline]")).sendKeys(deadline);
        browser.findElement(By.cssSelector("#add-action input[name=responsible]")).sendKeys(responsible);
        browser.findElement(By.cssSelector("#add-action button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), dueDate));
    }

    private void openRoadmap(String url) {
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roadmap-status")));
    }

    private String status() {
        return browser.findElement(By.id("roadmap-status")).getText();
    }

    @Test
    void aRoadmapIsSubmittedReturnedResubmittedAgreedAndAdoptedInTheBrowser() throws Exception {
        signIn("curator");
        wait.until(ExpectedConditions.urlMatches(".*/school$"));
        browser.findElement(By.cssSelector("#create-roadmap input[name=title]")).clear();
        browser.findElement(By.cssSelector("#create-roadmap input[name=title]")).sendKeys("Карта на согласование");
        browser.findElement(By.cssSelector("#create-roadmap button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-action")));
        String roadmapUrl = browser.getCurrentUrl();
        addAction("1.1", "Назначение куратора", "до 15.09.2026", "Директор", "15.09.2026");
        browser.findElement(By.cssSelector("#submit-roadmap button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("roadmap-status"), "На согласовании"));
        signOut();

        signIn("officer");
        browser.findElement(By.linkText("На согласование")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        browser.findElement(By.linkText("Карта на согласование")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("return-roadmap")));
        browser.findElement(By.cssSelector("#return-roadmap textarea")).sendKeys("Добавьте обучение наставников");
        browser.findElement(By.cssSelector("#return-roadmap button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("roadmap-status"), "На доработке"));
        signOut();

        signIn("curator");
        openRoadmap(roadmapUrl);
        assertThat(browser.findElement(By.id("return-comment")).getText()).contains("Добавьте обучение наставников");
        addAction("4.1", "Обучение наставников", "ежегодно (ноябрь)", "Заместитель директора по УР", "30.11.2026");
        browser.findElement(By.cssSelector("#submit-roadmap button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("roadmap-status"), "На согласовании"));
        signOut();

        signIn("officer");
        openRoadmap(roadmapUrl);
        browser.findElement(By.cssSelector("#agree-roadmap button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("roadmap-status"), "Согласована"));
        signOut();

        signIn("head");
        openRoadmap(roadmapUrl);
        browser.findElement(By.cssSelector("#adopt-roadmap input[name=orderNumber]")).sendKeys("125-о");
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2026-09-15'",
                browser.findElement(By.cssSelector("#adopt-roadmap input[name=orderDate]")));
        browser.findElement(By.cssSelector("#adopt-roadmap button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("roadmap-status"), "Исполняется"));
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Утверждена приказом", "Приказ № 125-о от 15.09.2026", "Согласована управлением образования",
                        "Возвращена на доработку", "Добавьте обучение наставников", "Елена Управленко", "Игорь Директоров");
        screenshot("roadmap-adopted");

        browser.findElement(By.cssSelector(".occurrence-actions summary")).click();
        var evidence = browser.findElement(By.cssSelector(".complete-occurrence"));
        evidence.findElement(By.name("evidenceKind")).sendKeys("Приказ");
        evidence.findElement(By.name("evidenceNumber")).sendKeys("126-о");
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2026-09-10'",
                evidence.findElement(By.name("evidenceDate")));
        evidence.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "выполнено в срок"));
        assertThat(browser.findElement(By.id("actions")).getText()).contains("Приказ № 126-о от 10.09.2026");
        String reportUrl = browser.findElement(By.id("report")).getDomAttribute("action") + "?from=2026-09-01&to=2027-08-31";
        Object download = ((ChromeDriver) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))"
                        + ".catch(e => done('failed ' + e));", reportUrl);
        assertThat(String.valueOf(download)).startsWith("200 application/pdf ");
        assertThat(Integer.parseInt(String.valueOf(download).split(" ")[2])).isGreaterThan(5_000);
        browser.findElement(By.linkText("Сроки")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Сроки мероприятий"));
        screenshot("attention-board");
    }
}
