package io.prodops.governance.portfolio.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.readiness.storage.EvaluationJson;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON columns of PF_SUMMARY, written field by field (renaming a domain field never changes stored data):
 * blocking titles {@code ["title", ..]}, experiments {@code {"byStatus": {STATUS: n}, "decisions": {DECISION: n}}}
 * (the SRM count has a column of its own), health reasons as {@link EvaluationJson}'s message list. Unknown enum
 * names (a value removed in a later release) are skipped: the row is derived and the next rebuild rewrites it.
 */
final class PortfolioSummaryJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private PortfolioSummaryJson() {
    }

    static String encodeTitles(List<String> titles) {
        ArrayNode out = MAPPER.createArrayNode();
        titles.forEach(out::add);
        return write(out);
    }

    static List<String> decodeTitles(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            read(text).forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static String encodeExperiments(PortfolioSummary.Experiments e) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode byStatus = root.putObject("byStatus");
        for (ExperimentStatus status : ExperimentStatus.values()) { // enum order: the same content always writes the same text
            Integer n = e.byStatus().get(status);
            if (n != null) {
                byStatus.put(status.name(), n);
            }
        }
        ObjectNode decisions = root.putObject("decisions");
        for (Decision decision : Decision.values()) {
            Integer n = e.decisions().get(decision);
            if (n != null) {
                decisions.put(decision.name(), n);
            }
        }
        return write(root);
    }

    static PortfolioSummary.Experiments decodeExperiments(String text, int srm) {
        if (text == null) {
            return srm == 0 ? PortfolioSummary.Experiments.NONE : new PortfolioSummary.Experiments(Map.of(), Map.of(), srm);
        }
        JsonNode root = read(text);
        Map<ExperimentStatus, Integer> byStatus = new EnumMap<>(ExperimentStatus.class);
        fields(root.path("byStatus"), ExperimentStatus.class, byStatus);
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        fields(root.path("decisions"), Decision.class, decisions);
        return new PortfolioSummary.Experiments(byStatus, decisions, srm);
    }

    static String encodeReasons(List<Message> reasons) {
        return EvaluationJson.encodeMessages(reasons);
    }

    static List<Message> decodeReasons(String text) {
        return text == null ? List.of() : EvaluationJson.decodeMessages(text);
    }

    private static <E extends Enum<E>> void fields(JsonNode node, Class<E> type, Map<E, Integer> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            try {
                out.put(Enum.valueOf(type, f.getKey()), f.getValue().asInt());
            } catch (IllegalArgumentException e) {
                // a value a later release removed: skipped (see the class comment)
            }
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a portfolio summary", e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored portfolio summary is not readable", e);
        }
    }
}
