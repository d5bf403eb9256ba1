package org.gsi.screening.internal;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Visibility;
import org.gsi.screening.ScreeningListImported;
import org.gsi.screening.internal.lists.CsvListReader;
import org.gsi.screening.internal.lists.ListChanges;
import org.gsi.screening.internal.lists.ListEntry;
import org.gsi.screening.internal.lists.MalformedListException;
import org.gsi.screening.internal.lists.ParsedList;
import org.gsi.screening.internal.lists.UnListReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a list file as the list's next version: the file is read whole first (a file that cannot be read changes
 * nothing), then, in one transaction with the list locked, the change report is made against the current version,
 * the entries and their history are written, the import is audited and {@link ScreeningListImported} is published;
 * once committed, this node's candidate index is built again at once.
 * A file in which no entry can be read is refused, so that a broken file never empties a list.
 */
@Service
class ListImports {

    private final ListStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final CandidateIndexHolder index;

    ListImports(
            ListStore store,
            AuditLog audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            CandidateIndexHolder index) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.index = index;
    }

    /** The UN Security Council Consolidated List in its XML format, by a secretariat administrator. */
    @Transactional
    public ImportReport importUn(Actor actor, byte[] file, String fileName) {
        ScreeningAccess.requireUnImporter(actor);
        ParsedList parsed = read(file, "xml");
        store.create(
                ListStore.UN,
                "UN",
                "UN Security Council Consolidated List",
                ScreeningAccess.SECRETARIAT,
                Visibility.PUBLIC,
                List.of());
        return write(actor, ListStore.UN, parsed, file, fileName);
    }

    /**
     * A national list of the actor's party, in the UN XML format or the documented CSV; the party chooses who sees it.
     */
    @Transactional
    public ImportReport importNational(
            Actor actor,
            String slug,
            String title,
            Visibility visibility,
            List<String> participants,
            String format,
            byte[] file,
            String fileName) {
        String id = nationalId(actor.partyCode(), slug);
        ScreeningAccess.requireNationalImporter(actor, id);
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", Message.of("screening.refused.title"));
        }
        ParsedList parsed = read(file, format);
        store.create(id, "NATIONAL", title.trim(), actor.partyCode(), visibility, participants);
        store.updateSharing(id, title.trim(), visibility, participants);
        return write(actor, id, parsed, file, fileName);
    }

    static String nationalId(String party, String slug) {
        String s = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
        if (!s.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidInputException("code", Message.of("screening.refused.code"));
        }
        return "national-" + party.toLowerCase(Locale.ROOT) + "-" + s;
    }

    /** Reads the whole file; throws {@link InvalidInputException} (400) when it cannot be read at all. */
    static ParsedList read(byte[] file, String format) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException("file", Message.of("form.refused.fileEmpty"));
        }
        String f = format == null || format.isBlank() ? "xml" : format.trim().toLowerCase(Locale.ROOT);
        try {
            ParsedList parsed = switch (f) {
                case "xml" -> new UnListReader().read(new ByteArrayInputStream(file));
                case "csv" -> new CsvListReader().read(new ByteArrayInputStream(file));
                default -> throw new InvalidInputException("format", Message.of("screening.refused.format"));
            };
            if (parsed.entries().isEmpty()) {
                throw new InvalidInputException(
                        "file",
                        Message.of(
                                "screening.refused.noEntry", parsed.rejected().size()));
            }
            return parsed;
        } catch (MalformedListException e) {
            throw new InvalidInputException("file", e.reason());
        }
    }

    private ImportReport write(Actor actor, String listId, ParsedList parsed, byte[] file, String fileName) {
        store.lock(listId).orElseThrow(() -> new NotFoundException("screening list", listId));
        Map<String, ListEntry> current = store.currentEntries(listId);
        ListChanges changes = ListChanges.between(current, store.removedReferences(listId), parsed.entries());
        UUID versionId = UUID.randomUUID();
        int number = store.nextNumber(listId);
        ImportReport report = ImportReport.of(listId, versionId, number, parsed, changes);
        store.insertVersion(
                new ListStore.VersionRow(
                        versionId,
                        listId,
                        number,
                        parsed.generatedOn(),
                        fileName == null ? "" : fileName,
                        null,
                        actor.username(),
                        report.individuals(),
                        report.entities(),
                        report.counts().added(),
                        report.counts().removed(),
                        report.counts().amended(),
                        report.counts().unchanged(),
                        report.counts().rejected()),
                ListStore.sha256(file),
                json.writeValueAsString(report));
        store.upsert(listId, versionId, changes.added(), "ADDED", Map.of());
        store.upsert(listId, versionId, changes.relisted(), "RELISTED", Map.of());
        Map<String, List<String>> fields = new HashMap<>();
        changes.amended().forEach(a -> fields.put(a.after().reference(), a.fields()));
        store.upsert(
                listId,
                versionId,
                changes.amended().stream().map(ListChanges.Amended::after).toList(),
                "AMENDED",
                fields);
        store.remove(listId, versionId, changes.removed());
        audit.record(
                actor,
                "import",
                "screening-list",
                listId,
                "Version " + number + ": " + report.counts().added() + " added, "
                        + report.counts().removed()
                        + " removed, " + report.counts().amended() + " amended, "
                        + report.counts().unchanged()
                        + " unchanged, " + report.counts().rejected() + " rejected");
        events.publishEvent(new ScreeningListImported(listId, versionId, number));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.refresh();
            }
        });
        return report;
    }
}
