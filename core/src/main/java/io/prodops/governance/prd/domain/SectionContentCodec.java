package io.prodops.governance.prd.domain;

/**
 * Port: the JSON form of section content (as stored and as sent over REST). Implemented outside the domain; the
 * domain uses it to measure sizes, which limits are defined on.
 */
public interface SectionContentCodec {
    String toJson(SectionContent content);

    /**
     * @throws io.prodops.governance.common.domain.ValidationException naming {@code field} (and row/column) when the
     *                                                                   JSON does not have the kind's shape
     */
    SectionContent fromJson(SectionKind kind, String json, String field);
}
