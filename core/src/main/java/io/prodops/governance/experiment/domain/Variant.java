package io.prodops.governance.experiment.domain;

/** One arm of an experiment; {@code allocation} is an integer percent of the eligible traffic. */
public record Variant(String name, int allocation, boolean control) {
}
