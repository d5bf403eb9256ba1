package org.gsi.screening.internal.lists;

import java.util.List;
import org.gsi.platform.Message;

/**
 * What a list file held: the entries that could be read, those that could not (each with its line and reason),
 * and warnings about what was kept as written because it did not have the expected form.
 *
 * @param generatedOn the file's own date ({@code dateGenerated} of the UN list), empty when it has none
 */
public record ParsedList(String generatedOn, List<ListEntry> entries, List<Problem> rejected, List<Problem> warnings) {

    public ParsedList {
        generatedOn = generatedOn == null ? "" : generatedOn;
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /**
     * One entry refused or one field kept with a warning. {@code code} names the kind of reason
     * ({@code screening.problem.<code>}), {@code detail} says it with the values involved, as a key of the bundles and
     * its arguments, put into the reader's language when read.
     */
    public record Problem(int line, String reference, String code, Message detail) {}
}
