package com.atlassian.activeobjects.external;

/**
 * Declaration of the members we call. Source: shared/atlassian-platform.md §2.1 (activeobjects-plugin 5.2.1:
 * private constructor, static valueOf, comparisons). The body only serves compilation and tests; Jira supplies the class.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelVersion m && m.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
