package io.prodops.governance.experiment.domain;

import java.time.Instant;

/**
 * The recorded decision of an experiment.
 *
 * @param srmAcknowledgement the reason given for shipping despite a flagged sample-ratio mismatch, or null
 */
public record DecisionRecord(Decision decision, String rationale, String srmAcknowledgement, String decidedBy, Instant decidedAt) {
}
