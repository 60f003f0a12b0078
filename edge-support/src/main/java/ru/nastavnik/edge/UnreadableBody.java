package ru.nastavnik.edge;

import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Says in Russian which field of a JSON body could not be read and why, without echoing the value. */
public final class UnreadableBody {

    private UnreadableBody() {
    }

    public static String detailOf(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof JsonParseException parse) {
            String message = parse.getOriginalMessage() == null ? "" : parse.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                String field = message.replaceAll(".*'(.*)'.*", "$1");
                return "Поле «" + field + "» указано в запросе дважды.";
            }
            return "Тело запроса не является правильным JSON.";
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String where = field.isEmpty() ? "Тело запроса" : "Поле «" + field + "»";
            if (cause instanceof InvalidNullException) {
                return where + ": пустое значение (null) здесь недопустимо.";
            }
            if (cause instanceof InvalidFormatException format) {
                String reason = format.getOriginalMessage();
                if (reason != null && !reason.startsWith("Cannot") && !reason.contains("from String")) {
                    return where + ": " + reason + ".";
                }
                return where + ": значение не подходит по формату.";
            }
            if (cause instanceof UnrecognizedPropertyException) {
                return where + ": такого поля нет.";
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return where + ": ожидается " + expected(mismatch.getTargetType()) + ".";
            }
            return where + ": значение не подходит.";
        }
        return "Запрос не удалось прочитать: проверьте формат JSON и типы полей.";
    }

    private static String pathOf(JsonMappingException mapping) {
        return mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "значение другого типа";
        }
        if (type == String.class) {
            return "текст в кавычках";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "целое число";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true или false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "список";
        }
        if (type.isEnum()) {
            return "одно из значений справочника";
        }
        return "значение другого типа";
    }
}
