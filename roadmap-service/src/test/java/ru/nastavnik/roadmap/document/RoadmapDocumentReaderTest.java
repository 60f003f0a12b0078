package ru.nastavnik.roadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Layouts the reader was not tuned on: it reads the shape of a table, not particular files. */
class RoadmapDocumentReaderTest {

    private final RoadmapDocumentReader reader = new RoadmapDocumentReader();

    @Test
    void aNumberedFiveColumnTableWithSectionRows() {
        String document = String.join("\n",
                "УТВЕРЖДЕНА приказом директора МБОУ «Лицей № 3» от 01.09.2026 № 215",
                "Дорожная карта реализации программы наставничества на 2026/2027 учебный год",
                "№ п/п\tМероприятие\tСрок\tОтветственный\tРезультат",
                "1.\tПодготовка условий\t\t\t",
                "1.1\tНазначение куратора\tдо 15.09.2026\tДиректор\tПриказ",
                "1.2.\tПоложение о наставничестве\tсентябрь 2026\tЗаместитель директора по УВР\tЛокальный акт",
                "2.\tБазы наставников\t\t\t",
                "2.1\tАнкетирование педагогов\tежегодно (октябрь)\tКуратор\tИтоги анкетирования",
                "3",
                "Директор ____________ И.И. Иванов");

        ImportedRoadmap roadmap = reader.read(document);

        assertThat(roadmap.title()).isEqualTo("Дорожная карта реализации программы наставничества на 2026/2027 учебный год");
        assertThat(roadmap.period()).isEqualTo("2026/2027");
        assertThat(roadmap.orderNumber()).isEqualTo("215");
        assertThat(roadmap.orderDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(roadmap.sections()).extracting(ImportedRoadmap.Section::title)
                .containsExactly("Подготовка условий", "Базы наставников");
        assertThat(roadmap.sections().get(0).actions()).extracting(ImportedRoadmap.Action::number)
                .containsExactly("1.1", "1.2");
        ImportedRoadmap.Action survey = roadmap.sections().get(1).actions().get(0);
        assertThat(survey.number()).isEqualTo("2.1");
        assertThat(survey.title()).isEqualTo("Анкетирование педагогов");
        assertThat(survey.deadline()).isEqualTo("ежегодно (октябрь)");
        assertThat(survey.responsible()).isEqualTo("Куратор");
        assertThat(survey.result()).isEqualTo("Итоги анкетирования");
        assertThat(roadmap.actionCount()).isEqualTo(3);
    }

    @Test
    void aDeadlineCellMergedOverAStageIsSharedAndSaidSo() {
        String document = String.join("\n",
                "Этап\tМероприятия\tСроки",
                "I. Подготовка\t1. Приказ о кураторе 2. Положение\tдо 1 октября",
                "\t3. Страница на сайте\t",
                "II. Базы\t1. Анкетирование\tноябрь");

        ImportedRoadmap roadmap = reader.read(document);

        assertThat(roadmap.sections()).hasSize(2);
        ImportedRoadmap.Action site = roadmap.sections().get(0).actions().get(2);
        assertThat(site.number()).isEqualTo("1.3");
        assertThat(site.deadline()).isEqualTo("до 1 октября");
        assertThat(site.confidence().get("deadline")).isLessThan(1.0);
        assertThat(site.warnings()).containsExactly("Срок взят из объединённой ячейки этапа");
        assertThat(roadmap.sections().get(1).actions().get(0).deadline()).isEqualTo("ноябрь");
        assertThat(roadmap.warnings()).contains("Период не указан в документе: укажите учебный год при сохранении");
    }

    @Test
    void withoutATableItSaysSoRatherThanGuessing() {
        ImportedRoadmap roadmap = reader.read("Просто письмо без таблицы.\nС уважением, директор");

        assertThat(roadmap.actionCount()).isZero();
        assertThat(roadmap.warnings())
                .contains("В документе не найдено ни таблицы с заголовками столбцов, ни пронумерованных мероприятий");
    }

    @Test
    void aFlattenedTableFindsTitleDeadlineResponsibleAndResultByTheirWords() {
        String document = String.join("\n",
                "План мероприятий по наставничеству",
                "на 2026/2027 учебный год",
                "1. Организационные меры",
                "1.1 Приказ о назначении куратора",
                "до 01.10.2026 Директор Приказ",
                "1.2. Анкетирование педагогов по",
                "запросам молодых специалистов",
                "ежегодно (октябрь) Заместитель директора по УВР Итоги",
                "анкетирования",
                "2. Обучение наставников",
                "2.1 Участие в вебинарах",
                "в течение года Наставники Сертификаты",
                "2.2 Публикация опыта на сайте",
                "когда получится");

        ImportedRoadmap roadmap = reader.read(document);

        assertThat(roadmap.period()).isEqualTo("2026/2027");
        assertThat(roadmap.sections()).extracting(ImportedRoadmap.Section::title)
                .containsExactly("Организационные меры", "Обучение наставников");
        ImportedRoadmap.Action survey = roadmap.sections().get(0).actions().get(1);
        assertThat(survey.number()).isEqualTo("1.2");
        assertThat(survey.title()).isEqualTo("Анкетирование педагогов по запросам молодых специалистов");
        assertThat(survey.deadline()).isEqualTo("ежегодно (октябрь)");
        assertThat(survey.responsible()).isEqualTo("Заместитель директора по УВР");
        assertThat(survey.result()).isEqualTo("Итоги анкетирования");
        ImportedRoadmap.Action unreadable = roadmap.sections().get(1).actions().get(1);
        assertThat(unreadable.deadline()).isEmpty();
        assertThat(unreadable.confidence().get("deadline")).isZero();
        assertThat(roadmap.warnings()).contains("Мероприятие 2.2: срок не найден");
    }

    @Test
    void stagesWrittenAsBlocksBecomeActionsFromTheirBulletsAndNumbers() {
        String document = String.join("\n",
                "Дорожная карта внедрения наставничества в МАОУ «Гимназия № 7»",
                "№ Этап Содержание работы",
                "1. Подготовка",
                "условий",
                "Издание приказов:",
                "• о кураторе программы;",
                "• о рабочей группе.",
                "2. Работа пар 1. Встречи пар по",
                "плану.",
                "2) Сбор обратной связи;",
                "3. Итоги",
                "- Анкетирование",
                "участников",
                "- Публикация отчёта",
                "\t\t2026-05-20T10:15:00+0300",
                "\tМАОУ \"ГИМНАЗИЯ № 7\"");

        ImportedRoadmap roadmap = reader.read(document);

        assertThat(roadmap.sections()).extracting(ImportedRoadmap.Section::title)
                .containsExactly("Подготовка условий", "Работа пар", "Итоги");
        assertThat(roadmap.sections().get(0).actions()).extracting(ImportedRoadmap.Action::title)
                .containsExactly("Издание приказов: • о кураторе программы; • о рабочей группе.");
        assertThat(roadmap.sections().get(1).actions()).extracting(ImportedRoadmap.Action::number)
                .containsExactly("2.1", "2.2");
        assertThat(roadmap.sections().get(1).actions().get(0).title()).isEqualTo("Встречи пар по плану.");
        assertThat(roadmap.sections().get(2).actions()).extracting(ImportedRoadmap.Action::title)
                .containsExactly("Анкетирование участников", "Публикация отчёта");
        assertThat(roadmap.sections().get(2).actions().get(0).deadline()).isEmpty();
        assertThat(roadmap.warnings()).anyMatch(warning -> warning.contains("сроки, ответственных и результаты впишите"));
    }

    @Test
    void aRowLaidOutLineByLineAcrossItsColumnsIsPutBackTogether() {
        String document = String.join("\n",
                "1. Обучение",
                "1.1. Участие наставников в в течение всего Методисты Сертифи-",
                "вебинарах регионального",
                "центра",
                "учебного года каты участников",
                "1.2. Отчёт о работе пар до 25 мая 2027 Куратор Отчёт");

        ImportedRoadmap.Action webinars = reader.read(document).sections().get(0).actions().get(0);

        assertThat(webinars.title()).isEqualTo("Участие наставников в вебинарах регионального центра");
        assertThat(webinars.deadline()).isEqualTo("в течение всего учебного года");
        assertThat(webinars.responsible()).isEqualTo("Методисты");
        assertThat(webinars.result()).isEqualTo("Сертифи-каты участников");
    }

    @Test
    void aRowThatLostItsNumberIsSplitOffAndNumberedInOrderWithAWarning() {
        String document = String.join("\n",
                "1. Работа с наставниками",
                "1.1 Анкетирование педагогов",
                "сентябрь 2026 Заместитель директора по УВР Итоги анкетирования",
                "Семинар для наставников",
                "по плану школы",
                "до 15 октября 2026 Куратор Протокол",
                "1.3 Итоговая встреча май 2027 Куратор Отчёт");

        ImportedRoadmap roadmap = reader.read(document);

        assertThat(roadmap.sections().get(0).actions()).extracting(ImportedRoadmap.Action::number)
                .containsExactly("1.1", "1.2", "1.3");
        ImportedRoadmap.Action lost = roadmap.sections().get(0).actions().get(1);
        assertThat(lost.title()).isEqualTo("Семинар для наставников по плану школы");
        assertThat(lost.deadline()).isEqualTo("до 15 октября 2026");
        assertThat(lost.confidence().get("number")).isLessThan(1.0);
        assertThat(lost.warnings()).anyMatch(warning -> warning.contains("поставлен 1.2 по порядку"));
        assertThat(roadmap.sections().get(0).actions().get(0).result()).isEqualTo("Итоги анкетирования");
    }

    @Test
    void aDateInsideATitleIsNotAnActionAndWordsBrokenByANarrowColumnAreJoined() {
        String document = String.join("\n",
                "1. Нормативная база",
                "1.1 Положение о наставничестве по приказу от",
                "12.03.2025 № 45 постоянно, по мере",
                "поступлени",
                "я",
                "документов Директор Положение",
                "1.2 Сайт школы ежегодно Администратор сайта Раздел на сайте");

        ImportedRoadmap roadmap = reader.read(document);

        assertThat(roadmap.sections().get(0).actions()).extracting(ImportedRoadmap.Action::number)
                .containsExactly("1.1", "1.2");
        ImportedRoadmap.Action statute = roadmap.sections().get(0).actions().get(0);
        assertThat(statute.title()).isEqualTo("Положение о наставничестве по приказу от 12.03.2025 № 45");
        assertThat(statute.deadline()).isEqualTo("постоянно, по мере поступления документов");
        assertThat(statute.responsible()).isEqualTo("Директор");
        assertThat(statute.result()).isEqualTo("Положение");
    }

    @Test
    void aRowCutByThePageGoesOnAfterTheRunningHeaderAndThePageNumber() {
        String document = String.join("\n",
                "1. Работа с родителями",
                "1.1 Родительское собрание о программе",
                "сентябрь 2026 Классные руководители Протокол",
                "", "", "",
                "План наставничества МАОУ «Лицей № 1»",
                "2",
                "наставничества и её целях",
                "1.2 Анкетирование родителей октябрь 2026 Педагог-",
                "психолог Справка по итогам с",
                "", "", "",
                "3",
                "рекомендациями для наставников");

        List<ImportedRoadmap.Action> actions = reader.read(document).sections().getFirst().actions();

        assertThat(actions.get(0).title()).isEqualTo("Родительское собрание о программе наставничества и её целях");
        assertThat(actions.get(0).result()).as("the running header is not content").isEqualTo("Протокол");
        assertThat(actions.get(0).warnings()).anyMatch(warning -> warning.contains("продолжение отнесено к названию"));
        assertThat(actions.get(1).responsible()).isEqualTo("Педагог-психолог");
        assertThat(actions.get(1).result()).as("a result left hanging on «с» goes on")
                .isEqualTo("Справка по итогам с рекомендациями для наставников");
    }

    @Test
    void aTableCopiedAsTextKeepsItsCellsLineBreaksAndSkipsItsColumnNumbers() {
        String document = String.join("\n",
                "№\tМероприятие\tСрок\tОтветственный\tРезультат",
                "1\t2\t3\t4\t5",
                "1.\tПодготовка\t\t\t",
                "1.1.\tПринять локальные акты:",
                "- положение о наставничестве;",
                "- дорожную карту\tдо 15.09.2026\tДиректор\tПриказ",
                "1.2.\tСобрать запросы педагогов\tсентябрь 2026\tКуратор\tПеречень запросов",
                "",
                "Заместитель директора по УВР                И.И. Петрова");

        List<ImportedRoadmap.Action> actions = reader.read(document).sections().getFirst().actions();

        assertThat(actions).extracting(ImportedRoadmap.Action::number).containsExactly("1.1", "1.2");
        assertThat(actions.get(0).title())
                .isEqualTo("Принять локальные акты: - положение о наставничестве; - дорожную карту");
        assertThat(actions.get(0).deadline()).isEqualTo("до 15.09.2026");
        assertThat(actions.get(1).result()).as("the signature below the table is not a row").isEqualTo("Перечень запросов");
    }

    @Test
    void romanStagesAHeadWhoApprovesAndRoleWordsInATitleThatAreNotItsResponsibleParty() {
        String document = String.join("\n",
                "УТВЕРЖДАЮ",
                "Директор МАОУ «Гимназия № 9»",
                "__________ А.Б. Смирнова",
                "Дорожная карта наставничества на 2026/2027 учебный год",
                "I. Организационный этап",
                "1.1. Праздник 8 марта для наставников март 2027 Куратор Фотоотчёт",
                "1.2. Встреча с наставниками к 1 октября Зам. директора по ВР Протокол",
                "II. Итоги",
                "2.1. Анкетирование 1 раз в четверть Педагог-психолог Справка");

        ImportedRoadmap roadmap = reader.read(document);

        assertThat(roadmap.organisation()).isEqualTo("МАОУ «Гимназия № 9»");
        assertThat(roadmap.sections()).extracting(ImportedRoadmap.Section::number).containsExactly("1", "2");
        ImportedRoadmap.Action holiday = roadmap.sections().get(0).actions().get(0);
        assertThat(holiday.title()).isEqualTo("Праздник 8 марта для наставников");
        assertThat(holiday.deadline()).isEqualTo("март 2027");
        assertThat(holiday.responsible()).isEqualTo("Куратор");
        ImportedRoadmap.Action meeting = roadmap.sections().get(0).actions().get(1);
        assertThat(meeting.deadline()).isEqualTo("к 1 октября");
        assertThat(meeting.responsible()).isEqualTo("Зам. директора по ВР");
        assertThat(roadmap.sections().get(1).actions().getFirst().deadline()).isEqualTo("1 раз в четверть");
    }

    @Test
    void anOrderIsReadWhicheverWayItIsWrittenAndADateThatDoesNotExistIsSaidSo() {
        String table = "\n№\tМероприятие\tСрок\n1.1\tПриказ о кураторе\tдо 1 октября";

        ImportedRoadmap dateFirst = reader.read("УТВЕРЖДЕНА приказом от 30.08.2023 № 123" + table);
        ImportedRoadmap numberFirst = reader.read("УТВЕРЖДЕНА приказом № 45 от 01.09.2023" + table);
        ImportedRoadmap noSuchDay = reader.read("УТВЕРЖДЕНА приказом директора от 31.02.2024 № 5" + table);

        assertThat(dateFirst.organisation()).isEmpty();
        assertThat(dateFirst.orderNumber()).isEqualTo("123");
        assertThat(dateFirst.orderDate()).isEqualTo(LocalDate.of(2023, 8, 30));
        assertThat(numberFirst.orderNumber()).isEqualTo("45");
        assertThat(numberFirst.orderDate()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(noSuchDay.organisation()).isEqualTo("директора");
        assertThat(noSuchDay.orderDate()).isNull();
        assertThat(noSuchDay.warnings()).contains("Дата приказа «31.02.2024» не существует: укажите её при утверждении");
    }

    @Test
    void aHeaderRowRepeatedInsideTheTableIsNotAnAction() {
        ImportedRoadmap roadmap = reader.read(String.join("\n",
                "№\tМероприятие\tСрок\tОтветственный",
                "1.\tПодготовка\t\t",
                "1.1\tПриказ о кураторе\tдо 1 октября\tДиректор",
                "№\tМероприятие\tСрок\tОтветственный",
                "1.2\tПоложение\tоктябрь\tКуратор"));

        assertThat(roadmap.sections().getFirst().actions()).extracting(ImportedRoadmap.Action::title)
                .containsExactly("Приказ о кураторе", "Положение");
    }

    @Test
    void aPageNumberAtTheFootOfThePageLeavesThePagesLastLinesInPlace() {
        ImportedRoadmap roadmap = reader.read(String.join("\n",
                "1. Итоги",
                "1.1 Отчёт май 2027 Куратор Отчёт", "", "", "",
                "1.2 Анкетирование участников по итогам учебного года Педагог-психолог Справка",
                "2"));

        assertThat(roadmap.sections().getFirst().actions()).extracting(ImportedRoadmap.Action::number)
                .containsExactly("1.1", "1.2");
        assertThat(roadmap.sections().getFirst().actions().get(1).result()).isEqualTo("Справка");
    }

    @Test
    void aGuessedNumberThatTheNextRowTurnsOutToHaveGivesWay() {
        ImportedRoadmap roadmap = reader.read(String.join("\n",
                "1. Работа с наставниками",
                "1.1 Анкетирование педагогов сентябрь 2026 Куратор Итоги",
                "Семинар для наставников",
                "до 15 октября 2026 Куратор Протокол",
                "1.2 Итоговая встреча май 2027 Куратор Отчёт"));

        List<ImportedRoadmap.Action> actions = roadmap.sections().getFirst().actions();
        assertThat(actions).extracting(ImportedRoadmap.Action::number).containsExactly("1.1", "1.3", "1.2");
        assertThat(actions.get(1).warnings()).contains("Номер 1.2 занят другим мероприятием: поставлен 1.3");
    }
}
