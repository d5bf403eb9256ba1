package org.gsi.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total count of matching records. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Checks paging parameters: page from 0, size from 1 to 500. */
    public static void checkPaging(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", Message.of("form.refused.page"));
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", Message.of("form.refused.size", 500));
        }
    }
}
