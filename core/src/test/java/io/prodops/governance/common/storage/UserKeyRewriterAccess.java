package io.prodops.governance.common.storage;

/** Test access to {@link UserKeyRewriter}'s package-private JSON rewrite. */
public final class UserKeyRewriterAccess {
    private UserKeyRewriterAccess() {
    }

    public static String replace(String json, String from, String to) {
        return UserKeyRewriter.replaceInPeople(json, from, to);
    }
}
