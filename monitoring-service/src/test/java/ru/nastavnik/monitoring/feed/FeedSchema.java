package ru.nastavnik.monitoring.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The feed's JSON Schema as {@code contracts} ships it, read from the classpath like any consumer would. */
public final class FeedSchema {

    public static final String LOCATION = "schemas/monitoring-feed.v1.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    private FeedSchema() {
    }

    public static synchronized JsonNode document() {
        try (InputStream in = FeedSchema.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors of a payload; empty when it conforms. */
    public static synchronized Set<ValidationMessage> errors(JsonNode payload) {
        if (schema == null) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document());
        }
        return schema.validate(payload);
    }
}
