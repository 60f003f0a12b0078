package ru.nastavnik.registry.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import ru.nastavnik.registry.command.ConsentSigner;
import ru.nastavnik.contracts.vocabulary.MentoringRequest;
import ru.nastavnik.registry.command.ParticipantCategory;
import ru.nastavnik.registry.command.ParticipantRole;

class BaseSheetTest {

    private static final String CSV = """
            База наставляемых МБОУ СОШ № 1;;;;;;
            ;;;;;;
            "ФИО";Дата рождения;Класс;ФИО родителя (законного представителя);Дата согласия;Запросы;Телефон
            Иванова Мария Петровна;15.03.2014;6А;Иванов Пётр Сергеевич;01.09.2026;"Подготовка к олимпиадам и конкурсам; хочет в кружок ""Юный химик""\";+7 900 000-00-01
            Петров Илья;2013-02-02;7;Петрова Анна;2026-09-02;Профессиональная ориентация;
            ;;;;;;
            Сидоров;31.02.2013;пятый;;;;
            """;

    @Test
    void aCsvWithATitleAboveTheHeaderIsReadByItsHeaders() {
        BaseSheet.Reading reading = BaseSheet.read(Spreadsheet.read(CSV.getBytes(StandardCharsets.UTF_8)));

        assertThat(reading.columns()).containsEntry("FULL_NAME", "ФИО").containsEntry("GRADE", "Класс")
                .containsEntry("SIGNER_NAME", "ФИО родителя (законного представителя)")
                .containsEntry("CONSENT_DATE", "Дата согласия").containsEntry("CONTACTS", "Телефон");
        assertThat(reading.lines()).extracting(BaseSheet.Line::line).containsExactly(4, 5, 7);

        BaseSheet.Line maria = reading.lines().get(0);
        assertThat(maria.errors()).isEmpty();
        assertThat(maria.person().fullName()).isEqualTo("Иванова Мария Петровна");
        assertThat(maria.person().birthDate()).isEqualTo(LocalDate.of(2014, 3, 15));
        assertThat(maria.person().grade()).isEqualTo(6);
        assertThat(maria.person().role()).isEqualTo(ParticipantRole.MENTEE);
        assertThat(maria.person().category()).isEqualTo(ParticipantCategory.PUPIL);
        assertThat(maria.person().signedBy()).isEqualTo(ConsentSigner.GUARDIAN);
        assertThat(maria.person().signedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(maria.person().requests()).containsExactly(MentoringRequest.OLYMPIAD);
        assertThat(maria.person().requestNote()).isEqualTo("хочет в кружок \"Юный химик\"");
        assertThat(maria.person().contacts()).isEqualTo("+7 900 000-00-01");

        assertThat(reading.lines().get(1).person().birthDate()).isEqualTo(LocalDate.of(2013, 2, 2));
        assertThat(reading.lines().get(1).person().requests()).containsExactly(MentoringRequest.CAREER_GUIDANCE);

        BaseSheet.Line broken = reading.lines().get(2);
        assertThat(broken.errors()).containsExactly(
                "дата рождения «31.02.2013» не похожа на дату (нужно, например, 15.03.2014)",
                "класс «пятый» — не число",
                "нет даты согласия: без согласия строка не загружается");
    }

    @Test
    void windows1251AndCommasAreReadToo() {
        String csv = "ФИО,Дата рождения,Стаж,Роль,Категория,Кто подписал согласие,Дата согласия\n"
                + "Орлова Нина Ивановна,05.05.1980,20,Наставник,Учитель,сама,01.09.2026\n";
        BaseSheet.Reading reading = BaseSheet.read(Spreadsheet.read(csv.getBytes(Charset.forName("windows-1251"))));

        BaseSheet.Line nina = reading.lines().get(0);
        assertThat(nina.errors()).isEmpty();
        assertThat(nina.person().fullName()).isEqualTo("Орлова Нина Ивановна");
        assertThat(nina.person().role()).isEqualTo(ParticipantRole.MENTOR);
        assertThat(nina.person().category()).isEqualTo(ParticipantCategory.TEACHER);
        assertThat(nina.person().experienceYears()).isEqualTo(20);
        assertThat(nina.person().signedBy()).isEqualTo(ConsentSigner.PERSON);
    }

    @Test
    void anXlsxWithDatesAsExcelKeepsThemIsRead() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(file, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("База");
            String[] header = {"№", "ФИО", "Дата рождения", "Класс", "Представитель", "Дата согласия"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, 1);
            sheet.value(1, 1, "Кузнецова Василиса");
            sheet.value(1, 2, LocalDate.of(2012, 12, 1));
            sheet.style(1, 2).format("dd.mm.yyyy").set();
            sheet.value(1, 3, 9);
            sheet.value(1, 4, "Кузнецов Андрей");
            sheet.value(1, 5, "02.09.2026");
        }
        BaseSheet.Reading reading = BaseSheet.read(Spreadsheet.read(file.toByteArray()));

        BaseSheet.Line vasilisa = reading.lines().get(0);
        assertThat(vasilisa.line()).isEqualTo(2);
        assertThat(vasilisa.errors()).isEmpty();
        assertThat(vasilisa.person().birthDate()).isEqualTo(LocalDate.of(2012, 12, 1));
        assertThat(vasilisa.person().grade()).isEqualTo(9);
        assertThat(vasilisa.person().signedOn()).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void aFileWithoutTheNeededHeadersOrNotASpreadsheetIsRefusedInRussian() {
        assertThatThrownBy(() -> BaseSheet.read(Spreadsheet.read("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Не найдена строка заголовков: нужны хотя бы столбцы «ФИО» и «Дата рождения»");
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> Spreadsheet.read(brokenZip))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("не читается как таблица Excel");
    }

    @Test
    void quotedCellsMayHoldSeparatorsAndLineBreaks() {
        List<List<String>> rows = Spreadsheet.csv("a;\"b;c\nd\";e\r\nf;g;h");
        assertThat(rows).containsExactly(List.of("a", "b;c\nd", "e"), List.of("f", "g", "h"));
    }
}
