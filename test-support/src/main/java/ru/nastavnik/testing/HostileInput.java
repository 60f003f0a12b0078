package ru.nastavnik.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile request bodies for every JSON write endpoint of a service, generated from its OpenAPI document (not
 * listed by hand, so a new endpoint is probed the day it appears): a U+0000 in each text field, each top-level key
 * given twice, a null inside each list, a number for text, a fraction for an integer, a year before the era.
 * Each case names what the answer's detail must say, so a 400 for another reason does not pass.
 */
public final class HostileInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One request to send: it must be answered 400 problem+json whose detail contains {@code expectedDetail}. */
    public record Case(String method, String path, String body, String description, String expectedDetail) {
        @Override
        public String toString() {
            return method + " " + path + " — " + description;
        }
    }

    private final JsonNode document;

    private HostileInput(JsonNode document) {
        this.document = document;
    }

    public static HostileInput of(JsonNode openApiDocument) {
        return new HostileInput(openApiDocument);
    }

    /** Every case of every JSON write operation. */
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String url = url(path.getKey(), operation);
                JsonNode example = example(schema, 0);
                for (Variant variant : variants(schema, example)) {
                    cases.add(new Case(method.toUpperCase(java.util.Locale.ROOT), url, variant.body(),
                            variant.description(), variant.expectedDetail()));
                }
            }
        }
        return cases;
    }

    /** How many JSON write operations the document has: a test checks the probe found them. */
    public long operations() {
        return cases().stream().map(c -> c.method() + " " + c.path()).distinct().count();
    }

    private record Variant(String body, String description, String expectedDetail) {
    }

    private List<Variant> variants(JsonNode schema, JsonNode example) {
        List<Variant> variants = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        collectLeaves(resolve(schema), "", leaves, 0);
        for (Leaf leaf : leaves) {
            switch (leaf.kind()) {
                case TEXT -> {
                    variants.add(new Variant(replaced(example, leaf.path(), NODES.textNode("до\u0000после")),
                            "U+0000 in " + leaf.path(), "U+0000"));
                    variants.add(new Variant(replaced(example, leaf.path(), NODES.numberNode(5)),
                            "a number for text in " + leaf.path(), "ожидается текст"));
                }
                case INTEGER -> variants.add(new Variant(replaced(example, leaf.path(), NODES.numberNode(1.5)),
                        "a fraction for an integer in " + leaf.path(), leaf.path()));
                case DATE -> variants.add(new Variant(replaced(example, leaf.path(), NODES.textNode("-0001-01-01")),
                        "the year −1 in " + leaf.path(), leaf.path()));
                case LIST -> variants.add(new Variant(replaced(example, leaf.path(), nullList()),
                        "a null inside the list " + leaf.path(), "null"));
                default -> {
                }
            }
        }
        if (example instanceof ObjectNode object && object.size() > 0) {
            object.fieldNames().forEachRemaining(field -> variants.add(new Variant(duplicated(object, field),
                    "the key " + field + " twice", "«" + field + "» указано в запросе дважды")));
        }
        return variants;
    }

    private static ArrayNode nullList() {
        ArrayNode list = NODES.arrayNode();
        list.addNull();
        return list;
    }

    private enum Kind { TEXT, INTEGER, DATE, LIST, OTHER }

    private record Leaf(String path, Kind kind) {
    }

    private void collectLeaves(JsonNode schema, String path, List<Leaf> leaves, int depth) {
        if (depth > 6) {
            return;
        }
        JsonNode properties = schema.path("properties");
        properties.fields().forEachRemaining(property -> {
            String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            String type = propertySchema.path("type").asText();
            switch (type) {
                case "string" -> {
                    if ("date".equals(propertySchema.path("format").asText())) {
                        leaves.add(new Leaf(child, Kind.DATE));
                    } else if (!propertySchema.has("enum") && !propertySchema.has("format")) {
                        leaves.add(new Leaf(child, Kind.TEXT));
                    }
                }
                case "integer" -> leaves.add(new Leaf(child, Kind.INTEGER));
                case "array" -> leaves.add(new Leaf(child, Kind.LIST));
                case "object", "" -> collectLeaves(propertySchema, child, leaves, depth + 1);
                default -> {
                }
            }
        });
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    /** A body of the right shape: every property present with a plausible value. */
    private JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").asText();
        String format = resolved.path("format").asText();
        return switch (type) {
            case "string" -> "date".equals(format) ? NODES.textNode("2026-01-15")
                    : "date-time".equals(format) ? NODES.textNode("2026-01-15T10:00:00Z") : NODES.textNode("текст");
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(example(resolved.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    resolved.path("properties").fields().forEachRemaining(property ->
                            object.set(property.getKey(), example(property.getValue(), depth + 1)));
                    if (resolved.path("additionalProperties").isObject() && object.isEmpty()) {
                        // a key that reads as a number fits maps keyed by text and by number alike
                        object.set("1", example(resolved.get("additionalProperties"), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private static String replaced(JsonNode example, String path, JsonNode value) {
        JsonNode copy = example.deepCopy();
        String[] steps = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.get(steps[i]);
        }
        ((ObjectNode) parent).set(steps[steps.length - 1], value);
        return copy.toString();
    }

    private static String duplicated(ObjectNode object, String field) {
        StringBuilder body = new StringBuilder("{");
        object.fields().forEachRemaining(entry -> body.append(JSON.valueToTree(entry.getKey()).toString()).append(':')
                .append(entry.getValue().toString()).append(','));
        body.append(JSON.valueToTree(field).toString()).append(':').append(object.get(field).toString()).append('}');
        return body.toString();
    }

    private static String url(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                String value = "date".equals(parameter.at("/schema/format").asText()) ? "2026-01-15"
                        : "integer".equals(parameter.at("/schema/type").asText()) ? "1" : UUID.randomUUID().toString();
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                String type = parameter.at("/schema/type").asText();
                query.append(query.isEmpty() ? '?' : '&').append(parameter.path("name").asText()).append('=')
                        .append("integer".equals(type) ? "1" : "x");
            }
        }
        return path + query;
    }
}
