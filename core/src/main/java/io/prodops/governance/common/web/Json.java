package io.prodops.governance.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.prodops.governance.common.domain.ValidationException;

import java.util.stream.Collectors;

/**
 * The one JSON configuration of the REST API. Resources read and write bodies through it rather than through the
 * host's message-body providers, so the wire format (ISO-8601 strings, omitted nulls, field-named parse errors) is
 * the same in Jira and in the standalone host.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // clients may send fields we add later
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    /**
     * Parses a request body that must be a JSON object, for bodies with a free-form part (e.g. section content).
     *
     * @throws ValidationException on field {@code body} when it is not a JSON object
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode readObject(String body) {
        com.fasterxml.jackson.databind.JsonNode node = read(body, com.fasterxml.jackson.databind.JsonNode.class);
        if (!node.isObject()) {
            throw ValidationException.of("body", "a JSON object is required");
        }
        return (com.fasterxml.jackson.databind.node.ObjectNode) node;
    }

    /**
     * Parses a request body.
     *
     * @throws ValidationException naming the offending field ({@code body} when the document itself is broken)
     */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ValidationException.of("body", "a JSON object is required");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ValidationException.of("body", "a JSON object is required");
            }
            return value;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw ValidationException.of(field.isEmpty() ? "body" : field, "has the wrong type or format");
        } catch (JsonProcessingException e) {
            throw ValidationException.of("body", "is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
    }
}
