package ru.nastavnik.monitoring.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.domain.BrokenRule;

class AnswerSheetTest {

    private static final Template TEMPLATE = new Template("T.v1", "T", 1, "PROCESS_QUALITY", "MENTOR", null,
            "Анкета", "", List.of(
            new Template.Question("SAT", 1, QuestionKind.SCALE_5, "Довольны?", List.of(), "k.sat", null, true, true),
            new Template.Question("TEN", 2, QuestionKind.SCALE_10, "Десять?", List.of(), "k.ten", null, false, true),
            new Template.Question("YN", 3, QuestionKind.YES_NO, "Да?", List.of(), "k.yn", null, false, true),
            new Template.Question("CH", 4, QuestionKind.CHOICE, "Как часто?",
                    List.of(new Template.Option("WEEKLY", "Раз в неделю")), "k.ch", null, false, true),
            new Template.Question("TXT", 5, QuestionKind.TEXT, "Что изменить?", List.of(), null, null, false, false)));

    private static Map<String, String> valid() {
        return new java.util.HashMap<>(Map.of("SAT", "5", "TEN", "10", "YN", "NO", "CH", "WEEKLY"));
    }

    @Test
    void aCompleteSheetIsReadByKind() {
        Map<String, String> answers = valid();
        answers.put("TXT", "  Больше встреч  ");

        AnswerSheet sheet = AnswerSheet.read(TEMPLATE, answers);

        assertThat(sheet.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("SAT", 5, "TEN", 10, "YN", 0));
        assertThat(sheet.choices()).containsExactlyEntriesOf(Map.of("CH", "WEEKLY"));
        assertThat(sheet.texts()).containsExactlyEntriesOf(Map.of("TXT", "Больше встреч"));
    }

    @Test
    void everyWrongAnswerIsRefusedNamingTheQuestion() {
        record Case(String code, String value, String expected) {
        }
        for (Case wrong : List.of(new Case("SAT", "6", "от 1 до 5"), new Case("SAT", "0", "от 1 до 5"),
                new Case("TEN", "11", "от 1 до 10"), new Case("SAT", "4.5", "целое число"),
                new Case("YN", "да", "YES"), new Case("CH", "DAILY", "вариантов"),
                new Case("TXT", "я".repeat(2001), "2000"), new Case("NOPE", "1", "нет вопроса"),
                new Case("SAT", " ", "Ответьте на вопрос 1"))) {
            Map<String, String> answers = valid();
            answers.put(wrong.code(), wrong.value());
            assertThatThrownBy(() -> AnswerSheet.read(TEMPLATE, answers)).as(wrong.toString())
                    .isInstanceOf(BrokenRule.class).hasMessageContaining(wrong.expected());
        }
    }
}
