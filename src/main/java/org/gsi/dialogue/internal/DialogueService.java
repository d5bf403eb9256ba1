package org.gsi.dialogue.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.gsi.audit.AuditLog;
import org.gsi.dialogue.DialogueEvent;
import org.gsi.dialogue.DialogueFormat;
import org.gsi.dialogue.Dialogues;
import org.gsi.dialogue.MediatorAppointed;
import org.gsi.dialogue.MediatorProposed;
import org.gsi.dialogue.TrackId;
import org.gsi.dialogue.TrackSummary;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Dialogue tracks: opens them, runs every command under the track's lock against the track rebuilt from its log,
 * writes the command with an audit entry, and asks the parties concerned when their consent or approval is due.
 */
@Service
class DialogueService implements Dialogues {

    static final String TYPE = "dialogue-track";

    private final DialogueStore store;
    private final Registry registry;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    DialogueService(
            DialogueStore store,
            Registry registry,
            AuditLog audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.json = json;
    }

    record OpenTrackRequest(String subject, String format, List<String> parties, String relatedTo, String visibility) {}

    @Transactional
    TrackHead open(Actor actor, OpenTrackRequest r, boolean demo) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "open", TYPE, null);
        TreeSet<String> parties = new TreeSet<>();
        for (String p : r.parties() == null ? List.<String>of() : r.parties()) {
            parties.add(requireParty("parties", p));
        }
        if (!parties.contains(actor.partyCode()) && !actor.can(Permission.MANAGE_REGISTRY)) {
            throw new InvalidInputException("parties", Message.of("dialogue.refused.opener"));
        }
        DialogueFormat format = parseFormat(r.format());
        Visibility visibility = r.visibility() == null ? Visibility.PARTICIPANTS : Visibility.parse(r.visibility());
        Optional<String> related =
                Optional.ofNullable(r.relatedTo()).map(String::strip).filter(s -> !s.isEmpty());
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        DialogueErrors.translate(
                () -> new TrackDescription(
                        new TrackId(id),
                        r.subject(),
                        parties.stream().map(PartyCode::of).collect(java.util.stream.Collectors.toSet()),
                        format,
                        related,
                        visibility),
                "open",
                TYPE,
                null,
                actor.partyCode());
        TreeSet<String> readers = new TreeSet<>(parties);
        readers.add(actor.partyCode());
        TrackHead head = new TrackHead(
                id,
                r.subject().strip(),
                format,
                List.copyOf(parties),
                related,
                visibility,
                actor.partyCode(),
                List.copyOf(readers),
                Optional.empty(),
                demo,
                0,
                now,
                now);
        store.insert(head);
        audit.record(
                actor,
                "open",
                TYPE,
                id.toString(),
                actor.partyCode(),
                "Opened dialogue track \"" + head.subject() + "\" among " + String.join(", ", parties));
        return head;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrackSummary> find(TrackId track, String readerParty) {
        return store.findTrack(track.value(), false)
                .filter(h -> h.readableBy(readerParty))
                .map(h -> new TrackSummary(
                        track,
                        h.subject(),
                        h.format(),
                        h.parties(),
                        h.visibility(),
                        h.ownerParty(),
                        h.readers(),
                        h.mediator()));
    }

    @Transactional(readOnly = true)
    PageView<TrackHead> list(String reader, String party, int page, int size) {
        PageView.checkPaging(page, size);
        return store.tracks(reader, party == null || party.isBlank() ? null : party.trim(), page, size);
    }

    @Transactional(readOnly = true)
    TrackHead head(String reader, UUID id) {
        return store.findTrack(id, false).filter(h -> h.readableBy(reader)).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    <R> R read(String reader, UUID id, Function<DialogueTrack, R> view) {
        return view.apply(rebuild(head(reader, id)));
    }

    /**
     * Runs a command on the track locked for the rest of the transaction, if {@code ifMatch} names the version of
     * the track it was written against; returns the track's new version.
     */
    @Transactional
    long execute(Actor actor, UUID id, String ifMatch, TrackCommand command) {
        TrackHead head = store.findTrack(id, true)
                .filter(h -> h.readableBy(actor.partyCode()))
                .orElseThrow(() -> notFound(id));
        String kind = command.logKind();
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), kind, TYPE, id.toString());
        Versions.check(ifMatch, TYPE, id.toString(), head.version());
        DialogueTrack track = rebuild(head);
        Delegate by = new Delegate(PartyCode.of(actor.partyCode()), actor.can(Permission.SPEAK_FOR_PARTY));
        Instant at = Instant.now();
        DialogueErrors.translate(
                () -> {
                    command.applyTo(track, by, at);
                    return null;
                },
                kind,
                TYPE,
                id.toString(),
                head.ownerParty());
        long version = head.version() + 1;
        store.append(id, version, kind, by, actor.username(), json.writeValueAsString(command), at);
        store.advance(
                id,
                head.version(),
                readers(head, track),
                track.appointedMediator().map(m -> m.party().value()),
                at);
        audit.record(actor, kind, TYPE, id.toString(), head.ownerParty(), actor.partyCode() + ": " + kind);
        for (DialogueEvent event : track.drainEvents()) {
            events.publishEvent(event);
            notifyAbout(event, head);
        }
        if (command instanceof TrackCommand.DraftMinutes d) {
            head.parties()
                    .forEach(p -> notifications.toPartyFocalPoints(
                            p,
                            Notice.of(
                                    "minutes-drafted",
                                    "/dialogues/" + id,
                                    head::readableBy,
                                    head.subject(),
                                    d.session())));
        }
        return version;
    }

    private static List<String> readers(TrackHead head, DialogueTrack track) {
        TreeSet<String> readers = new TreeSet<>(head.parties());
        readers.add(head.ownerParty());
        track.currentMediation().ifPresent(m -> readers.add(m.mediator().party().value()));
        return List.copyOf(readers);
    }

    private void notifyAbout(DialogueEvent event, TrackHead head) {
        String link = "/dialogues/" + head.id();
        if (event instanceof MediatorProposed p) {
            p.asked()
                    .forEach(party -> notifications.toPartyFocalPoints(
                            party.value(),
                            Notice.of(
                                    "mediator-proposed",
                                    link,
                                    head::readableBy,
                                    p.mediator().describe(),
                                    new Notice.MessageKey("dialogue.role."
                                            + p.role()
                                                    .name()
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .replace('_', '-')),
                                    head.subject())));
        } else if (event instanceof MediatorAppointed a) {
            head.parties()
                    .forEach(party -> notifications.toPartyFocalPoints(
                            party,
                            Notice.of(
                                    "mediator-appointed",
                                    link,
                                    head::readableBy,
                                    a.mediator().describe(),
                                    head.subject())));
        }
    }

    DialogueTrack rebuild(TrackHead head) {
        TrackDescription description = new TrackDescription(
                new TrackId(head.id()),
                head.subject(),
                head.parties().stream().map(PartyCode::of).collect(java.util.stream.Collectors.toSet()),
                head.format(),
                head.relatedTo(),
                head.visibility());
        DialogueTrack track =
                DialogueTrack.open(description, new Delegate(PartyCode.of(head.ownerParty()), true), head.openedAt());
        for (DialogueStore.LoggedCommand c : store.commands(head.id())) {
            TrackCommand command = json.readValue(c.payload(), TrackCommand.KINDS.get(c.kind()));
            command.applyTo(track, new Delegate(PartyCode.of(c.party()), c.focalPoint()), c.at());
        }
        track.drainEvents();
        return track;
    }

    String requireParty(String field, String code) {
        if (code == null || code.isBlank() || !registry.exists(code.trim())) {
            throw new InvalidInputException(
                    field,
                    Message.of("form.refused.noParty", String.valueOf(code).strip()));
        }
        return registry.find(code.trim()).map(p -> p.code()).orElse(code.trim());
    }

    static DialogueFormat parseFormat(String format) {
        try {
            return DialogueFormat.valueOf(
                    format.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException("format", Message.of("dialogue.refused.format"));
        }
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException(TYPE, id.toString());
    }
}
