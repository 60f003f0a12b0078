package ru.nastavnik.registry.command;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

class PartnerTest {

    private static final String ID = "partner-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partner.class);
    }

    private static PartnerRegistered registered() {
        return new PartnerRegistered(ID, "school-1", "mun-1", "АО «Завод»", PartnerKind.ENTERPRISE, "7701234567",
                "+7 495 000-00-00");
    }

    private static SignPartnerAgreementCommand sign(String school, String number, LocalDate signedOn, LocalDate until) {
        return new SignPartnerAgreementCommand(ID, school, "ag-1", number, signedOn, until, "Наставники из числа инженеров",
                TODAY);
    }

    @Test
    void aSchoolRecordsAPartnerWithAValidInnOrNone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "school-1", "mun-1", " АО «Завод» ", PartnerKind.ENTERPRISE,
                        "7701234567", " +7 495 000-00-00 "))
                .expectEvents(registered());
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "school-1", "mun-1", "ИП Сидоров", PartnerKind.OTHER, "12345", ""))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("ИНН — 10 цифр у организации или 12 у индивидуального предпринимателя")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "school-1", "mun-1", " ", PartnerKind.OTHER, "", ""))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anAgreementHasANumberADateNotInTheFutureAndATermAfterIt() {
        fixture.given(registered())
                .when(sign("school-1", " 12-С ", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)))
                .expectEvents(new PartnerAgreementSigned(ID, "school-1", "mun-1", "ag-1", "12-С",
                        LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), "Наставники из числа инженеров"));
        fixture.given(registered())
                .when(sign("school-1", "12-С", TODAY.plusDays(1), null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Дата соглашения не может быть позже сегодняшнего дня")
                .expectNoEvents();
        fixture.given(registered())
                .when(sign("school-1", "12-С", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Соглашение не может закончиться раньше, чем подписано")
                .expectNoEvents();
        fixture.given(registered())
                .when(sign("school-1", "", TODAY, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anAgreementNumberIsRecordedOnceAndOnlyByThePartnersSchool() {
        fixture.given(registered(), new PartnerAgreementSigned(ID, "school-1", "mun-1", "ag-0", "12-С", TODAY, null, ""))
                .when(sign("school-1", "12-С", TODAY, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Соглашение № 12-С с этой организацией уже записано")
                .expectNoEvents();
        fixture.given(registered())
                .when(sign("school-2", "13", TODAY, null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
