package org.openiro.shared;

import java.util.List;

/** One page of a list that can grow without bound (api.md: {@code ?page=0&size=50}, size at most 500). */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 500;

    public record Request(int page, int size) {
        public Request {
            if (page < 0) {
                throw new InvalidInput("page", "must be 0 or more");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
            }
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
