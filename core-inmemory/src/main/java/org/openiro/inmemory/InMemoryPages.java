package org.openiro.inmemory;

import java.util.List;
import org.openiro.shared.Page;

/** A page of a list already in order, and the list's size. */
final class InMemoryPages {

    private InMemoryPages() {
    }

    static <T> Page<T> page(List<T> all, Page.Request request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }
}
