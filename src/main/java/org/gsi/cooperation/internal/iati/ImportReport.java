package org.gsi.cooperation.internal.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gsi.platform.Message;

/**
 * What the reader made of a file: each activity accepted, or rejected with the line it starts on and why, and the
 * number of activities the file holds.
 */
public final class ImportReport {

    /** The outcome for one activity; the identifier is empty when it could not be read. */
    public record Entry(Optional<String> identifier, int line, boolean accepted, Optional<Message> reason) {}

    private final List<Entry> entries = new ArrayList<>();
    private Optional<Message> broken = Optional.empty();

    void accepted(String identifier, int line) {
        entries.add(new Entry(Optional.of(identifier), line, true, Optional.empty()));
    }

    void rejected(Optional<String> identifier, int line, Message reason) {
        entries.add(new Entry(identifier, line, false, Optional.of(reason)));
    }

    void brokenAt(Message reason) {
        broken = Optional.of(reason);
    }

    /** Why the file could not be read to its end, if it could not. */
    public Optional<Message> broken() {
        return broken;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> rejectedEntries() {
        return entries.stream().filter(e -> !e.accepted()).toList();
    }

    public long acceptedCount() {
        return entries.stream().filter(Entry::accepted).count();
    }

    /** The activities of the file: every one accepted or rejected. */
    public int read() {
        return entries.size();
    }
}
