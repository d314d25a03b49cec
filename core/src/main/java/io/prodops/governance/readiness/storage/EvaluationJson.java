package io.prodops.governance.readiness.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.IssueList;
import io.prodops.governance.readiness.domain.IssueMention;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.readiness.domain.SignOffInfo;
import io.prodops.governance.readiness.domain.WaiverInfo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of an evaluation's gate results (READY_EVAL, READY_SNAPSHOT): JSON written field by field, so that
 * renaming a domain field never changes stored data silently. Format 1:
 * {@code {"format":1,"gates":[{"key","title","kind","required","status","reason":M?,"evidence":[M],
 * "signedOff":{"user","at","note"?}?,"waiver":{"user","at","reason"}?}]}} with a message
 * {@code M = {"key","args":[A]}} and an argument {@code A} one of {@code {"s"}}, {@code {"i"}} (whole number),
 * {@code {"d"}}, {@code {"instant"}}, {@code {"date"}}, {@code {"issue":I}}, {@code {"issues":[I]}},
 * {@code I = {"id","key","summary"?}}. Issue keys and summaries are those at evaluation time.
 */
public final class EvaluationJson {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private EvaluationJson() {
    }

    static String encode(List<GateResult> gates) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode out = root.putArray("gates");
        for (GateResult g : gates) {
            ObjectNode gate = out.addObject();
            gate.put("key", g.gateKey());
            gate.put("title", g.title());
            gate.put("kind", g.kind().name());
            gate.put("required", g.required());
            gate.put("status", g.status().name());
            if (g.reason() != null) {
                gate.set("reason", message(g.reason()));
            }
            ArrayNode evidence = gate.putArray("evidence");
            g.evidence().forEach(m -> evidence.add(message(m)));
            if (g.signedOff() != null) {
                ObjectNode s = gate.putObject("signedOff");
                s.put("user", g.signedOff().userKey());
                s.put("at", g.signedOff().signedAt().toString());
                if (g.signedOff().note() != null) {
                    s.put("note", g.signedOff().note());
                }
            }
            if (g.waiver() != null) {
                ObjectNode w = gate.putObject("waiver");
                w.put("user", g.waiver().userKey());
                w.put("at", g.waiver().waivedAt().toString());
                w.put("reason", g.waiver().reason());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store an evaluation", e);
        }
    }

    static Evaluation decode(String gatesetKey, int version, long issueId, Instant evaluatedAt, boolean ready, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation is not readable", e);
        }
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IllegalStateException("stored evaluation has an unknown format");
        }
        List<GateResult> gates = new ArrayList<>();
        for (JsonNode g : root.path("gates")) {
            List<Message> evidence = new ArrayList<>();
            g.path("evidence").forEach(m -> evidence.add(message(m)));
            JsonNode s = g.get("signedOff");
            JsonNode w = g.get("waiver");
            gates.add(new GateResult(g.path("key").asText(), g.path("title").asText(), GateKind.valueOf(g.path("kind").asText()),
                    g.path("required").asBoolean(), GateStatus.valueOf(g.path("status").asText()),
                    g.hasNonNull("reason") ? message(g.get("reason")) : null, evidence,
                    s == null ? null : new SignOffInfo(s.path("user").asText(), Instant.parse(s.path("at").asText()), textOrNull(s, "note")),
                    w == null ? null : new WaiverInfo(w.path("user").asText(), Instant.parse(w.path("at").asText()), textOrNull(w, "reason"))));
        }
        return new Evaluation(gatesetKey, version, issueId, evaluatedAt, ready, gates);
    }

    /**
     * A list of messages in the same message form as the gate results ({@code [M]}), for other stored documents that
     * carry messages (portfolio health reasons), so one format is read and written everywhere.
     */
    public static String encodeMessages(List<Message> messages) {
        ArrayNode out = MAPPER.createArrayNode();
        messages.forEach(m -> out.add(message(m)));
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store messages", e);
        }
    }

    /** Reads what {@link #encodeMessages} wrote. */
    public static List<Message> decodeMessages(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored messages are not readable", e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalStateException("stored messages are not a list");
        }
        List<Message> out = new ArrayList<>();
        root.forEach(m -> out.add(message(m)));
        return out;
    }

    private static ObjectNode message(Message m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", m.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : m.args()) {
            ObjectNode a = args.addObject();
            if (arg instanceof String s) {
                a.put("s", s);
            } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte || arg instanceof BigInteger) {
                a.put("i", ((Number) arg).longValue());
            } else if (arg instanceof Number n) {
                a.put("d", n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            } else if (arg instanceof Instant i) {
                a.put("instant", i.toString());
            } else if (arg instanceof LocalDate d) {
                a.put("date", d.toString());
            } else if (arg instanceof IssueMention mention) {
                a.set("issue", mention(mention));
            } else if (arg instanceof IssueList list) {
                ArrayNode issues = a.putArray("issues");
                list.issues().forEach(i -> issues.add(mention(i)));
            }
        }
        return node;
    }

    private static Message message(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : node.path("args")) {
            if (a.has("s")) {
                args.add(a.get("s").asText());
            } else if (a.has("i")) {
                long value = a.get("i").asLong();
                args.add(value == (int) value ? (Object) (int) value : (Object) value);
            } else if (a.has("d")) {
                args.add(a.get("d").asDouble());
            } else if (a.has("instant")) {
                args.add(Instant.parse(a.get("instant").asText()));
            } else if (a.has("date")) {
                args.add(LocalDate.parse(a.get("date").asText()));
            } else if (a.has("issue")) {
                args.add(mention(a.get("issue")));
            } else if (a.has("issues")) {
                List<IssueMention> issues = new ArrayList<>();
                a.get("issues").forEach(i -> issues.add(mention(i)));
                args.add(new IssueList(issues));
            }
        }
        return new Message(node.path("key").asText(), args);
    }

    private static ObjectNode mention(IssueMention m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", m.id());
        node.put("key", m.key());
        if (m.summary() != null) {
            node.put("summary", m.summary());
        }
        return node;
    }

    private static IssueMention mention(JsonNode node) {
        return new IssueMention(node.path("id").asLong(), node.path("key").asText(), textOrNull(node, "summary"));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
