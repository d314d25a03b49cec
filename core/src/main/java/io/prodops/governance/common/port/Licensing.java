package io.prodops.governance.common.port;

/**
 * Port: whether the app is licensed on this host (Jira: the Marketplace licence). Enforcement fails open when it is
 * not (a lapsed licence must not stop a company's launches; they get a warning), never on errors.
 */
public interface Licensing {
    boolean licensed();

    /** Hosts without licensing (standalone, tests). */
    Licensing ALWAYS = () -> true;
}
