package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.gsi.audit.AuditLog;
import org.gsi.dialogue.Dialogues;
import org.gsi.dialogue.TrackId;
import org.gsi.dialogue.TrackSummary;
import org.gsi.negotiation.NegotiationEvent;
import org.gsi.negotiation.TextAdopted;
import org.gsi.negotiation.TextStatus;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.Versions;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.gsi.registry.Registry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Negotiated texts: creates them, runs every command under the text's lock against its latest version, writes
 * the command to the log with an audit entry, and tells live viewers once the change is committed.
 */
@Service
class NegotiationService {

    static final String TYPE = "negotiated-text";

    private final TextStore store;
    private final TextRebuilder rebuilder;
    private final Registry registry;
    private final Dialogues dialogues;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TextEvents live;

    NegotiationService(
            TextStore store,
            TextRebuilder rebuilder,
            Registry registry,
            Dialogues dialogues,
            AuditLog audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            TextEvents live) {
        this.store = store;
        this.rebuilder = rebuilder;
        this.registry = registry;
        this.dialogues = dialogues;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.live = live;
    }

    record CreateTextRequest(
            String title,
            String rule,
            java.math.BigDecimal threshold,
            List<String> participants,
            String facilitator,
            String visibility,
            UUID trackId) {}

    /** What a command did: the text's new version and the paragraph it changed (if one). */
    record CommandResult(UUID text, long version, String kind, Optional<String> paragraph) {}

    @Transactional
    TextHead create(Actor actor, CreateTextRequest r, boolean demo) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create", TYPE, null);
        if (r.title() == null || r.title().isBlank()) {
            throw new InvalidInputException("title", Message.of("negotiation.refused.title"));
        }
        RuleCodes.parse(r.rule(), r.threshold());
        TreeSet<String> participants = new TreeSet<>();
        for (String p : r.participants() == null ? List.<String>of() : r.participants()) {
            participants.add(requireParty("participants", p));
        }
        if (participants.isEmpty()) {
            throw new InvalidInputException("participants", Message.of("negotiation.refused.participants"));
        }
        String facilitator = requireParty("facilitator", r.facilitator());
        if (!facilitator.equals(actor.partyCode()) && !participants.contains(actor.partyCode())) {
            throw new InvalidInputException(
                    "facilitator", Message.of("negotiation.refused.facilitateOrTakePart", actor.partyCode()));
        }
        Visibility visibility = r.visibility() == null ? Visibility.PARTICIPANTS : Visibility.parse(r.visibility());
        TreeSet<String> readers = new TreeSet<>(participants);
        readers.add(facilitator);
        readers.add(actor.partyCode());
        if (r.trackId() != null) {
            TrackSummary track = dialogues
                    .find(new TrackId(r.trackId()), actor.partyCode())
                    .orElseThrow(() -> new InvalidInputException("trackId", Message.of("negotiation.refused.track")));
            if (track.visibility() != Visibility.PUBLIC) {
                visibility = Visibility.PARTICIPANTS;
                if (!track.readers().containsAll(participants)
                        || !track.readers().contains(facilitator)) {
                    throw new InvalidInputException("participants", Message.of("negotiation.refused.trackParties"));
                }
                readers = new TreeSet<>(track.readers());
            }
        }
        Instant now = Instant.now();
        TextHead head = new TextHead(
                UUID.randomUUID(),
                r.title().strip(),
                r.rule().trim().toLowerCase(java.util.Locale.ROOT),
                r.threshold(),
                facilitator,
                List.copyOf(participants),
                List.copyOf(readers),
                visibility,
                actor.partyCode(),
                Optional.ofNullable(r.trackId()),
                TextStatus.DRAFTING,
                demo,
                0,
                now,
                now);
        store.insert(head);
        audit.record(
                actor,
                "create",
                TYPE,
                head.id().toString(),
                head.ownerParty(),
                "Opened \"" + head.title() + "\" among " + String.join(", ", participants) + "; facilitator "
                        + facilitator);
        for (String party : participants) {
            notifications.toPartyFocalPoints(
                    party,
                    Notice.of(
                            "text-opened",
                            "/texts/" + head.id(),
                            head::readableBy,
                            head.title(),
                            new Notice.MessageKey("negotiation.rule." + head.rule())));
        }
        return head;
    }

    private String requireParty(String field, String code) {
        if (code == null || code.isBlank() || !registry.exists(code.trim())) {
            throw new InvalidInputException(field, Message.of("form.refused.noParty", code.strip()));
        }
        return registry.find(code.trim()).map(p -> p.code()).orElse(code.trim());
    }

    @Transactional(readOnly = true)
    PageView<TextHead> list(String reader, String q, String status, UUID track, int page, int size) {
        PageView.checkPaging(page, size);
        return store.page(reader, q, status, track, page, size);
    }

    /** The head of a text the reader may see, else 404. */
    @Transactional(readOnly = true)
    TextHead head(String reader, UUID id) {
        return store.find(id).filter(h -> h.readableBy(reader)).orElseThrow(() -> notFound(id));
    }

    /** Runs {@code view} on the text as last committed, holding its monitor. */
    @Transactional(readOnly = true)
    <R> R read(String reader, UUID id, Function<NegotiatedText, R> view) {
        TextHead head = head(reader, id);
        NegotiatedText text = rebuilder.forRead(head);
        synchronized (text) {
            return view.apply(text);
        }
    }

    @Transactional(readOnly = true)
    <R> R readWithHead(String reader, UUID id, java.util.function.BiFunction<TextHead, NegotiatedText, R> view) {
        TextHead head = head(reader, id);
        NegotiatedText text = rebuilder.forRead(head);
        synchronized (text) {
            return view.apply(head, text);
        }
    }

    /**
     * Runs a command on the text locked for the rest of the transaction. Commands of the facilitator on the whole
     * text need {@code If-Match}, checked under the lock; amendments carry the revision of the paragraph they were
     * written against instead, and positions are each party's own.
     */
    @Transactional
    CommandResult execute(Actor actor, UUID id, TextCommand command, String ifMatch, boolean ifMatchRequired) {
        TextHead head =
                store.lock(id).filter(h -> h.readableBy(actor.partyCode())).orElseThrow(() -> notFound(id));
        String kind = command.logKind();
        if (ifMatchRequired || Versions.fromIfMatch(ifMatch).isPresent()) {
            Versions.check(ifMatch, TYPE, id.toString(), head.version());
        }
        Permission needed =
                command instanceof TextCommand.State ? Permission.SPEAK_FOR_PARTY : Permission.EDIT_PARTY_RECORDS;
        actor.require(needed, actor.partyCode(), kind, TYPE, id.toString());
        Delegate by = new Delegate(PartyCode.of(actor.partyCode()), actor.can(Permission.SPEAK_FOR_PARTY));
        Instant at = Instant.now();
        NegotiatedText text = rebuilder.forWrite(head);
        List<NegotiationEvent> happened;
        synchronized (text) {
            DomainErrors.translate(() -> command.applyTo(text, by, at), head, kind);
            happened = text.drainEvents();
            saveParagraphs(text, command);
        }
        store.append(id, text.version(), kind, by, actor.username(), rebuilder.write(command), at);
        if (!store.advance(id, head.version(), text.version(), text.status(), at)) {
            throw new IllegalStateException("The text's version moved while it was locked");
        }
        audit.record(actor, kind, TYPE, id.toString(), head.ownerParty(), summary(command, by));
        happened.forEach(events::publishEvent);
        happened.stream().filter(TextAdopted.class::isInstance).findFirst().ifPresent(e -> notifyAdoption(head));
        CommandResult result = new CommandResult(id, text.version(), kind, command.paragraph());
        afterCommit(() -> live.broadcast(id, result, actor.partyCode()));
        return result;
    }

    private void saveParagraphs(NegotiatedText text, TextCommand command) {
        List<Paragraph> changed = new ArrayList<>();
        if (command.paragraph().isPresent()) {
            changed.add(text.paragraph(org.gsi.negotiation.ParagraphNumber.parse(
                    command.paragraph().get())));
        } else if (command instanceof TextCommand.Adopt) {
            changed.addAll(text.paragraphs());
        }
        for (Paragraph p : changed) {
            store.saveParagraph(
                    text.id().value(),
                    p,
                    CompilationRenderer.compilationOf(p),
                    text.policy().evaluate(p).agreed());
        }
    }

    private void notifyAdoption(TextHead head) {
        for (String party : head.participants()) {
            notifications.toPartyFocalPoints(
                    party, Notice.of("text-adopted", "/texts/" + head.id(), head::readableBy, head.title()));
        }
    }

    private static String summary(TextCommand command, Delegate by) {
        return switch (command.logKind()) {
            case "state-position" ->
                by.party() + " stated " + ((TextCommand.State) command).stance() + " on "
                        + command.paragraph().orElse("");
            case "propose" ->
                by.party() + " proposed " + ((TextCommand.Propose) command).kind() + " in "
                        + command.paragraph().orElse("");
            default ->
                by.party() + " " + command.logKind() + " " + command.paragraph().orElse("");
        };
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException(TYPE, id.toString());
    }
}
