package org.gsi.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The tasks of one kind waiting for a user: the most urgent ones and how many there are in all. */
public record WorkList(String kind, List<Item> items, long total) {

    public static WorkList none(String kind) {
        return new WorkList(kind, List.of(), 0);
    }

    /**
     * One task: the record's title (user content, in the reader's language where it has several), where to do it,
     * its deadline if it has one, and since when it waits.
     */
    public record Item(String title, String path, Optional<LocalDate> due, Instant since) {}
}
