package com.atlassian.jira.user.anonymize;

/** Declaration of the members we call. Source: research-notes.md §1.4 (AffectedEntity.newBuilder(type).numberOfOccurrences(Long).descriptionKey(String).build(), public code search id 42204833746). */
public final class AffectedEntity {
    private final AffectedEntityType type;
    private final String descriptionKey;
    private final Long numberOfOccurrences;

    private AffectedEntity(Builder builder) {
        this.type = builder.type;
        this.descriptionKey = builder.descriptionKey;
        this.numberOfOccurrences = builder.numberOfOccurrences;
    }

    public static Builder newBuilder(AffectedEntityType type) {
        return new Builder(type);
    }

    public AffectedEntityType getType() {
        return type;
    }

    public String getDescriptionKey() {
        return descriptionKey;
    }

    public Long getNumberOfOccurrences() {
        return numberOfOccurrences;
    }

    public static final class Builder {
        private final AffectedEntityType type;
        private String descriptionKey;
        private Long numberOfOccurrences;

        private Builder(AffectedEntityType type) {
            this.type = type;
        }

        public Builder descriptionKey(String descriptionKey) {
            this.descriptionKey = descriptionKey;
            return this;
        }

        public Builder numberOfOccurrences(Long numberOfOccurrences) {
            this.numberOfOccurrences = numberOfOccurrences;
            return this;
        }

        public AffectedEntity build() {
            return new AffectedEntity(this);
        }
    }
}
