package org.gsi.screening.internal.lists;

import java.util.List;

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
     * One entry refused or one field kept with a warning. {@code code} names the reason for translation
     * ({@code screening.problem.<code>}), {@code detail} says it in English with the values involved.
     */
    public record Problem(int line, String reference, String code, String detail) {}
}
