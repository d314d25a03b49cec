package io.prodops.governance.experiment.domain;

/** How a result snapshot arrived: typed into the UI, uploaded as CSV, or pushed by tooling over REST. */
public enum ResultSource {
    UI, CSV, API
}
