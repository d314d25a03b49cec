package io.prodops.governance.readiness.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.readiness.domain.Gate;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateParams;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdCompleteParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.GateSetCodec;
import io.prodops.governance.readiness.domain.LinkSpec;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;

/**
 * The stored form of a gate set (a configuration document's draft and every published version): JSON with a
 * {@code format} number, written from records of its own so that renaming a domain field never changes stored data
 * silently. Format 1: {@code {"format":1,"key","name","description"?,"gates":[{"key","title","kind","required",
 * "params":{"threshold"?,"ignoreTypes"?,"minCount"?,"noChildren"?,"linkTypes"?:[{"name","direction"}],"field"?,
 * "jql"?,"maxResults"?,"group"?}}]}} (only the parameters of the gate's kind are written).
 */
@Named
public class JacksonGateSetCodec implements GateSetCodec {
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a later format may add fields
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public record StoredSet(int format, String key, String name, String description, List<StoredGate> gates) {
    }

    public record StoredGate(String key, String title, String kind, boolean required, StoredParams params) {
    }

    public record StoredParams(Double threshold, List<String> ignoreTypes, Integer minCount, String noChildren,
                               List<StoredLink> linkTypes, String field, String jql, Integer maxResults, String group) {
    }

    public record StoredLink(String name, String direction) {
    }

    @Override
    public String encode(GateSet set) {
        StoredSet stored = new StoredSet(FORMAT, set.key(), set.name(), set.description(),
                set.gates().stream().map(g -> new StoredGate(g.key(), g.title(), g.kind().name(), g.required(), params(g.params()))).toList());
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store gate set " + set.key(), e);
        }
    }

    @Override
    public GateSet decode(String text) {
        StoredSet stored;
        try {
            stored = MAPPER.readValue(text, StoredSet.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("stored gate set is not readable", e);
        }
        if (stored == null || stored.format() != FORMAT) {
            throw new IllegalStateException("stored gate set has format " + (stored == null ? "(none)" : stored.format())
                    + "; this version of the app reads format " + FORMAT);
        }
        List<StoredGate> gates = stored.gates() == null ? List.of() : stored.gates();
        return new GateSet(stored.key(), stored.name(), stored.description(), gates.stream().map(JacksonGateSetCodec::gate).toList());
    }

    private static StoredParams params(GateParams params) {
        return switch (params) {
            case PrdCompleteParams p -> new StoredParams(p.threshold(), null, null, null, null, null, null, null, null);
            case ChildrenDoneParams p -> new StoredParams(null, p.ignoreTypes().stream().sorted().toList(), p.minCount(), p.noChildren().name(),
                    null, null, null, null, null);
            case LinksResolvedParams p -> new StoredParams(null, null, null, null,
                    p.linkTypes().stream().map(l -> new StoredLink(l.name(), l.direction().name())).toList(), null, null, null, null);
            case FieldSetParams p -> new StoredParams(null, null, null, null, null, p.field(), null, null, null);
            case JqlMatchParams p -> new StoredParams(null, null, null, null, null, null, p.jql(), p.maxResults(), null);
            case SignOffParams p -> new StoredParams(null, null, null, null, null, null, null, null, p.group());
            case GateParams.PrdApprovedParams p -> null;
            case GateParams.ExperimentsDecidedParams p -> null;
        };
    }

    private static Gate gate(StoredGate g) {
        GateKind kind;
        try {
            kind = GateKind.valueOf(g.kind());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("stored gate set has a gate of unknown kind " + g.kind(), e);
        }
        StoredParams p = g.params() == null ? new StoredParams(null, null, null, null, null, null, null, null, null) : g.params();
        GateParams params = switch (kind) {
            case PRD_APPROVED -> new GateParams.PrdApprovedParams();
            case PRD_COMPLETE -> new PrdCompleteParams(p.threshold() == null ? PrdCompleteParams.DEFAULT_THRESHOLD : p.threshold());
            case CHILDREN_DONE -> new ChildrenDoneParams(p.ignoreTypes() == null ? Set.of() : Set.copyOf(p.ignoreTypes()),
                    p.minCount() == null ? 0 : p.minCount(), p.noChildren() == null ? null : ChildrenDoneParams.NoChildren.valueOf(p.noChildren()));
            case LINKS_RESOLVED -> new LinksResolvedParams(p.linkTypes() == null ? null
                    : p.linkTypes().stream().map(l -> new LinkSpec(l.name(), IssueLinkFacts.Direction.valueOf(l.direction()))).toList());
            case FIELD_SET -> new FieldSetParams(p.field());
            case JQL_MATCH -> new JqlMatchParams(p.jql(), p.maxResults());
            case EXPERIMENTS_DECIDED -> new GateParams.ExperimentsDecidedParams();
            case SIGN_OFF -> new SignOffParams(p.group());
        };
        return new Gate(g.key(), g.title(), kind, g.required(), params);
    }
}
