package org.gsi.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.ReaderFormats;
import org.gsi.screening.internal.ScreeningViews.ListView;
import org.gsi.screening.internal.lists.ListEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The lists a reader may see, the reports of their versions and the history of their entries. */
@Service
class ListQueries {

    private final ListStore store;
    private final JsonMapper json;
    private final MessageSource messages;

    ListQueries(ListStore store, JsonMapper json, MessageSource messages) {
        this.store = store;
        this.json = json;
        this.messages = messages;
    }

    /** An entry as listed now (or when it was removed), and each change a version made to it. */
    record EntryView(
            String list,
            String reference,
            ListEntry entry,
            int listedInVersion,
            int changedInVersion,
            Integer removedInVersion,
            List<Change> history) {}

    record Change(int version, Instant at, String change, List<String> fields, ListEntry entry) {}

    List<ListView> visible(String reader) {
        return store.visibleTo(reader).stream().map(this::view).toList();
    }

    ListStore.ListRow require(String reader, String list) {
        return store.list(list)
                .filter(l -> l.visibleTo(reader))
                .orElseThrow(() -> new NotFoundException("screening list", list));
    }

    ListView view(ListStore.ListRow l) {
        var v = store.currentVersion(l.id());
        return new ListView(
                l.id(),
                l.kind().toLowerCase(Locale.ROOT),
                l.title(),
                l.ownerParty(),
                l.visibility().name().toLowerCase(Locale.ROOT),
                v.map(ListStore.VersionRow::number).orElse(null),
                v.map(ListStore.VersionRow::id).orElse(null),
                v.map(ListStore.VersionRow::importedAt).orElse(null),
                v.map(ListStore.VersionRow::generatedOn).orElse(null),
                store.countCurrent(l.id(), "PERSON"),
                store.countCurrent(l.id(), "ORGANISATION"));
    }

    List<ListStore.VersionRow> versions(String reader, String list) {
        return store.versions(require(reader, list).id());
    }

    String report(String reader, String list, int number) {
        ListStore.ListRow l = require(reader, list);
        var v = store.version(l.id(), number)
                .orElseThrow(() -> new NotFoundException("version of " + list, String.valueOf(number)));
        return store.report(v.id()).orElseThrow();
    }

    /** The report of a version, its reasons in the language of the current request's reader. */
    ImportReport reportView(String reader, String list, int number) {
        return json.readValue(report(reader, list, number), ImportReport.class).said(ReaderFormats.current(messages));
    }

    EntryView entry(String reader, String list, String reference) {
        ListStore.ListRow l = require(reader, list);
        ListStore.StoredEntry e =
                store.entry(l.id(), reference).orElseThrow(() -> new NotFoundException("entry of " + list, reference));
        List<Change> history = store.history(l.id(), reference).stream()
                .map(h -> new Change(h.version(), h.at(), h.change().toLowerCase(Locale.ROOT), h.fields(), h.entry()))
                .toList();
        return new EntryView(l.id(), reference, e.entry(), e.listedIn(), e.changedIn(), e.removedIn(), history);
    }
}
