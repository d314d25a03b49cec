package io.prodops.governance.common.domain;

import java.util.List;
import java.util.function.Function;

/** A page of results with the total count, as every list endpoint returns it. */
public record Page<T>(List<T> items, long total, int page, int size) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
