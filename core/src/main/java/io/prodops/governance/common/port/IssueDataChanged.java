package io.prodops.governance.common.port;

import org.slf4j.LoggerFactory;

import java.util.Collection;

/**
 * Port: the app's own data about some issues changed (a PRD's status or completeness, a stored readiness evaluation,
 * an experiment's status, decision or results), after the write committed. Lets capabilities tell whoever derives
 * data from theirs (the portfolio's summary rows) without depending on it. Best effort: a listener's failure is
 * logged, never thrown into the write that already succeeded ({@link #notifyQuietly}).
 */
public interface IssueDataChanged {
    /** Nobody listens (tests, hosts without the portfolio). */
    IssueDataChanged NONE = issueIds -> {
    };

    void changed(Collection<Long> issueIds);

    /** Tells the listener, logging instead of throwing when it fails. */
    static void notifyQuietly(IssueDataChanged listener, Collection<Long> issueIds) {
        try {
            listener.changed(issueIds);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(IssueDataChanged.class).warn("Derived data of issues {} was not refreshed: {}", issueIds, e.toString(), e);
        }
    }
}
