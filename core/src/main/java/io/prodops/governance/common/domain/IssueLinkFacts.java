package io.prodops.governance.common.domain;

/**
 * One link of an issue as seen from that issue.
 *
 * @param linkType  the link type's name, e.g. "Blocks"
 * @param direction OUTWARD when the issue is the link's source ("blocks"), INWARD when it is the target ("is blocked by")
 * @param otherIssueId the issue at the other end
 */
public record IssueLinkFacts(String linkType, Direction direction, long otherIssueId) {
    public enum Direction { INWARD, OUTWARD }
}
