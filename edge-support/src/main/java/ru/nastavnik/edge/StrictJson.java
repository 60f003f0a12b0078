package ru.nastavnik.edge;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * What a request body may say. Jackson is lenient by default in ways that store wrong data or fail later with a
 * 500: a number where text is expected becomes text, 1.5 becomes 1, a key given twice keeps the last value (and a
 * record cannot take it twice), a null inside a list reaches the code, a year of −1 is a date, U+0000 reaches
 * PostgreSQL. Here each of these is refused while the body is read, with the field named, as 400 problem+json.
 * Only the HTTP input is strict: events in the event store and on Kafka are read as they were written.
 */
public final class StrictJson {

    /** Dates of this platform's world: birth dates, agreements, orders, school years. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictJson() {
    }

    /** A strict copy of the application's mapper: same modules and output settings, strict input. */
    public static ObjectMapper strictCopyOf(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        strict.registerModule(module());
        return strict;
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("nastavnik-strict-input");
        module.addDeserializer(String.class, new CleanText());
        module.addKeyDeserializer(String.class, new CleanKey());
        module.addDeserializer(LocalDate.class, new PlausibleDate());
        return module;
    }

    /** Text only from a JSON string, and never with a control character. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            return clean(parser, parser.getText());
        }
    }

    static final class CleanKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return clean(context.getParser(), key);
        }
    }

    private static String clean(JsonParser parser, String text) throws IOException {
        int forbidden = ControlCharacters.firstForbidden(text);
        if (forbidden >= 0) {
            throw new InvalidFormatException(parser, "содержит недопустимый символ "
                    + ControlCharacters.describe(forbidden), "", String.class);
        }
        return text;
    }

    /** A date written as yyyy-MM-dd that exists, between 1900 and 2199. */
    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException notADate) {
                throw new InvalidFormatException(parser, "дата записывается как ГГГГ-ММ-ДД и должна существовать",
                        text, LocalDate.class);
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw new InvalidFormatException(parser, "год должен быть от " + FIRST_YEAR + " до " + LAST_YEAR,
                        text, LocalDate.class);
            }
            return date;
        }
    }
}
