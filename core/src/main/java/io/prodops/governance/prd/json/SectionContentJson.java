package io.prodops.governance.prd.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.prd.domain.SectionContent;
import io.prodops.governance.prd.domain.SectionContentCodec;
import io.prodops.governance.prd.domain.SectionKind;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section content as JSON (the same form is stored and sent over REST), read strictly: a value of the wrong shape is
 * a field-named 400, never a silent coercion.
 */
@Named
public class SectionContentJson implements SectionContentCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String toJson(SectionContent content) {
        return toNode(content).toString();
    }

    public JsonNode toNode(SectionContent content) {
        return switch (content) {
            case SectionContent.RichText rich -> NODES.textNode(rich.html());
            case SectionContent.Table table -> {
                ArrayNode rows = NODES.arrayNode();
                table.rows().forEach(row -> {
                    ArrayNode cells = rows.addArray();
                    row.forEach(cells::add);
                });
                yield rows;
            }
            case SectionContent.Checklist list -> {
                ArrayNode items = NODES.arrayNode();
                list.items().forEach(i -> items.addObject().put("text", i.text()).put("done", i.done()));
                yield items;
            }
            case SectionContent.Metrics metrics -> {
                ArrayNode rows = NODES.arrayNode();
                metrics.rows().forEach(r -> rows.addObject().put("name", r.name()).put("baseline", r.baseline())
                        .put("target", r.target()).put("actual", r.actual()));
                yield rows;
            }
            case SectionContent.People people -> {
                ObjectNode roles = NODES.objectNode();
                people.roles().forEach((role, users) -> {
                    ArrayNode keys = roles.putArray(role);
                    users.forEach(keys::add);
                });
                yield roles;
            }
            case SectionContent.DateValue date -> date.date() == null ? NullNode.getInstance() : NODES.textNode(date.date().toString());
        };
    }

    @Override
    public SectionContent fromJson(SectionKind kind, String json, String field) {
        JsonNode node;
        try {
            node = json == null ? NullNode.getInstance() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(field, "is not valid JSON");
        }
        return fromNode(kind, node == null ? NullNode.getInstance() : node, field);
    }

    public SectionContent fromNode(SectionKind kind, JsonNode node, String field) {
        return switch (kind) {
            case RICH_TEXT -> {
                if (node.isNull()) {
                    yield new SectionContent.RichText("");
                }
                yield new SectionContent.RichText(text(node, field));
            }
            case TABLE -> {
                List<List<String>> rows = new ArrayList<>();
                int r = 0;
                for (JsonNode row : array(node, field)) {
                    r++;
                    if (!row.isArray()) {
                        throw new ValidationException(List.of(new FieldError(field, "row " + r + " must be an array of cell strings", r, null)));
                    }
                    List<String> cells = new ArrayList<>();
                    int c = 0;
                    for (JsonNode cell : row) {
                        c++;
                        if (!cell.isTextual() && !cell.isNull()) {
                            throw new ValidationException(List.of(new FieldError(field, "cells are strings", r, c)));
                        }
                        cells.add(cell.isNull() ? "" : cell.asText());
                    }
                    rows.add(cells);
                }
                yield new SectionContent.Table(rows);
            }
            case CHECKLIST -> {
                List<SectionContent.ChecklistItem> items = new ArrayList<>();
                int i = 0;
                for (JsonNode item : array(node, field)) {
                    String at = field + "[" + i++ + "]";
                    object(item, at);
                    JsonNode done = item.path("done");
                    if (!done.isMissingNode() && !done.isBoolean() && !done.isNull()) {
                        throw ValidationException.of(at + ".done", "must be true or false");
                    }
                    items.add(new SectionContent.ChecklistItem(optionalText(item.path("text"), at + ".text"), done.asBoolean(false)));
                }
                yield new SectionContent.Checklist(items);
            }
            case METRICS -> {
                List<SectionContent.MetricRow> rows = new ArrayList<>();
                int i = 0;
                for (JsonNode row : array(node, field)) {
                    String at = field + "[" + i++ + "]";
                    object(row, at);
                    rows.add(new SectionContent.MetricRow(optionalText(row.path("name"), at + ".name"), optionalText(row.path("baseline"), at + ".baseline"),
                            optionalText(row.path("target"), at + ".target"), optionalText(row.path("actual"), at + ".actual")));
                }
                yield new SectionContent.Metrics(rows);
            }
            case PEOPLE -> {
                Map<String, List<String>> roles = new LinkedHashMap<>();
                if (!node.isNull()) {
                    object(node, field);
                    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                    while (fields.hasNext()) {
                        Map.Entry<String, JsonNode> role = fields.next();
                        List<String> users = new ArrayList<>();
                        int i = 0;
                        for (JsonNode user : array(role.getValue(), field + "." + role.getKey())) {
                            users.add(text(user, field + "." + role.getKey() + "[" + i++ + "]"));
                        }
                        roles.put(role.getKey(), users);
                    }
                }
                yield new SectionContent.People(roles);
            }
            case DATE -> {
                if (node.isNull() || (node.isTextual() && node.asText().isBlank())) {
                    yield new SectionContent.DateValue(null);
                }
                try {
                    yield new SectionContent.DateValue(LocalDate.parse(text(node, field)));
                } catch (DateTimeParseException e) {
                    throw ValidationException.of(field, "must be an ISO date such as 2026-12-01");
                }
            }
        };
    }

    private static String text(JsonNode node, String field) {
        if (!node.isTextual()) {
            throw ValidationException.of(field, "must be a string");
        }
        return node.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        return node.isMissingNode() || node.isNull() ? "" : text(node, field);
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ValidationException.of(field, "must be an array");
        }
        return node;
    }

    private static void object(JsonNode node, String field) {
        if (!node.isObject()) {
            throw ValidationException.of(field, "must be an object");
        }
    }
}
