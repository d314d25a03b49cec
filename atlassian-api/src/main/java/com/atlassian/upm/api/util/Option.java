package com.atlassian.upm.api.util;

import java.util.NoSuchElementException;

/**
 * Declaration of the members we call. Source: UPM API, decompiled (CFR 0.152; public code search id 42260724001):
 * abstract class Option&lt;A&gt; with final isDefined() and get(), static some(A) and none(). The bodies only serve our
 * tests; UPM supplies the class.
 */
public abstract class Option<A> {
    private Option() {
    }

    public final boolean isDefined() {
        return this instanceof Some;
    }

    public final A get() {
        if (this instanceof Some<A> some) {
            return some.value;
        }
        throw new NoSuchElementException();
    }

    public static <A> Option<A> none() {
        return new None<>();
    }

    public static <A> Option<A> some(A value) {
        return new Some<>(value);
    }

    private static final class Some<A> extends Option<A> {
        private final A value;

        private Some(A value) {
            this.value = value;
        }
    }

    private static final class None<A> extends Option<A> {
    }
}
