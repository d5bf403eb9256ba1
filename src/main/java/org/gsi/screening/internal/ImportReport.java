package org.gsi.screening.internal;

import java.util.List;
import java.util.UUID;
import org.gsi.platform.Message;
import org.gsi.platform.ReaderFormats;
import org.gsi.screening.internal.lists.ListChanges;
import org.gsi.screening.internal.lists.ListEntry;
import org.gsi.screening.internal.lists.ParsedList;

/**
 * What the import of a list file did: the version it made and, by reference number, the entries added (including
 * those listed again), removed, amended (with the fields changed) and unchanged, the entries rejected with their line
 * and reason, and the warnings about values kept as written. Reasons are stored as a key of the bundles and its
 * arguments and said in the reader's language by {@link #said(ReaderFormats)}.
 */
record ImportReport(
        String list,
        UUID versionId,
        int version,
        String generatedOn,
        int individuals,
        int entities,
        List<Change> added,
        List<Change> removed,
        List<Change> amended,
        List<Change> unchanged,
        List<Rejected> rejected,
        List<Rejected> warnings,
        Counts counts) {

    /** An entry and, for an amendment, the fields that changed. */
    record Change(String reference, String name, List<String> fields) {}

    /**
     * An entry that could not be read, or a value kept with a warning: {@code key} and {@code args} say why, {@code
     * reason} is that in the reader's words once {@link #said(ReaderFormats) said} (stored without it).
     */
    record Rejected(int line, String reference, String code, String reason, String key, List<Object> args) {

        Rejected said(ReaderFormats reader) {
            return key == null
                    ? this
                    : new Rejected(line, reference, code, reader.text(new Message(key, args)), key, args);
        }
    }

    record Counts(int added, int removed, int amended, int unchanged, int rejected) {}

    static ImportReport of(String list, UUID versionId, int version, ParsedList parsed, ListChanges changes) {
        List<Change> added = new java.util.ArrayList<>(
                changes.added().stream().map(ImportReport::change).toList());
        changes.relisted().forEach(e -> added.add(new Change(e.reference(), e.name(), List.of("relisted"))));
        List<Change> amended = changes.amended().stream()
                .map(a -> new Change(a.after().reference(), a.after().name(), a.fields()))
                .toList();
        int individuals = (int) parsed.entries().stream()
                .filter(e -> e.type() == org.gsi.screening.internal.lists.EntryType.PERSON)
                .count();
        return new ImportReport(
                list,
                versionId,
                version,
                parsed.generatedOn(),
                individuals,
                parsed.entries().size() - individuals,
                added,
                changes.removed().stream().map(ImportReport::change).toList(),
                amended,
                changes.unchanged().stream().map(ImportReport::change).toList(),
                parsed.rejected().stream().map(ImportReport::problem).toList(),
                parsed.warnings().stream().map(ImportReport::problem).toList(),
                new Counts(
                        added.size(),
                        changes.removed().size(),
                        amended.size(),
                        changes.unchanged().size(),
                        parsed.rejected().size()));
    }

    private static Change change(ListEntry e) {
        return new Change(e.reference(), e.name(), List.of());
    }

    private static Rejected problem(ParsedList.Problem p) {
        return new Rejected(
                p.line(),
                p.reference(),
                p.code(),
                null,
                p.detail().key(),
                p.detail().args());
    }

    /** The report with every reason in the reader's language. */
    ImportReport said(ReaderFormats reader) {
        return new ImportReport(
                list,
                versionId,
                version,
                generatedOn,
                individuals,
                entities,
                added,
                removed,
                amended,
                unchanged,
                rejected.stream().map(r -> r.said(reader)).toList(),
                warnings.stream().map(r -> r.said(reader)).toList(),
                counts);
    }
}
