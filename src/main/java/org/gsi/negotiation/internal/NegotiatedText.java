package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.AmendmentProposed;
import org.gsi.negotiation.AmendmentWithdrawn;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.NegotiationEvent;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphAgreed;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.ParagraphReopened;
import org.gsi.negotiation.Position;
import org.gsi.negotiation.PositionStated;
import org.gsi.negotiation.TextAdopted;
import org.gsi.negotiation.TextId;
import org.gsi.negotiation.TextStatus;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * A text under negotiation among participating parties, guided by a facilitator and decided by
 * one rule. It guards every change, keeps a version number for optimistic concurrency and records
 * what happened as events.
 */
final class NegotiatedText {

    private final TextId id;
    private final String title;
    private final DecisionRule rule;
    private final Roles roles;
    private final SortedMap<ParagraphNumber, Paragraph> paragraphs = new TreeMap<>();
    private final List<TextVersion> readings = new ArrayList<>();
    private final List<NegotiationEvent> events = new ArrayList<>();
    private final AgreementPolicy policy;
    private TextStatus status = TextStatus.DRAFTING;
    private Adoption adoption;
    private long version;

    private NegotiatedText(
            TextId id, String title, DecisionRule rule, Set<PartyCode> participants, PartyCode facilitator) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title").strip();
        this.rule = Objects.requireNonNull(rule, "decision rule");
        this.roles = new Roles(participants, facilitator);
        this.policy = new AgreementPolicy(rule, participants.size());
    }

    static NegotiatedText draft(
            TextId id, String title, DecisionRule rule, Collection<PartyCode> participants, PartyCode facilitator) {
        if (title == null || title.isBlank()) {
            throw new InvalidAmendmentException(Message.of("negotiation.refused.title"));
        }
        return new NegotiatedText(id, title, rule, new TreeSet<>(participants), facilitator);
    }

    /** The facilitator puts a paragraph of its draft on the table. */
    void addParagraph(Delegate actor, ParagraphNumber number, String text) {
        requireDrafting();
        roles.requireFacilitator(actor, Message.of("negotiation.action.draft"));
        requireFree(number);
        paragraphs.put(number, Paragraph.drafted(number, text));
        touch();
    }

    OptionId propose(ProposeAmendment command) {
        requireDrafting();
        roles.requireParticipant(command.actor().party(), title);
        if (command.kind() == AmendmentKind.ADD_PARAGRAPH) {
            return proposeParagraph(command);
        }
        Paragraph paragraph = paragraph(command.paragraph());
        if (paragraph.revision() != command.expectedRevision()) {
            throw new StaleParagraphException(
                    paragraph.number().label(),
                    command.expectedRevision(),
                    paragraph.revision(),
                    CompilationRenderer.compilationOf(paragraph));
        }
        OptionId option = paragraph.propose(
                command.kind(), command.span(), command.text(), command.actor().party(), command.newOption());
        events.add(new AmendmentProposed(
                id, paragraph.number(), option, command.kind(), command.actor().party()));
        refresh(paragraph);
        touch();
        return option;
    }

    private OptionId proposeParagraph(ProposeAmendment command) {
        Optional<Paragraph> existing = Optional.ofNullable(paragraphs.get(command.paragraph()));
        Optional<AmendmentOption> same = existing.flatMap(Paragraph::addition)
                .filter(a -> a.text().equals(command.text().strip()));
        if (same.isPresent()) {
            same.get().addProposer(command.actor().party());
            events.add(new AmendmentProposed(
                    id,
                    command.paragraph(),
                    same.get().id(),
                    command.kind(),
                    command.actor().party()));
            touch();
            return same.get().id();
        }
        requireFree(command.paragraph());
        OptionId option = command.newOption();
        paragraphs.put(
                command.paragraph(),
                Paragraph.proposed(
                        command.paragraph(),
                        command.text(),
                        option,
                        command.actor().party()));
        events.add(new AmendmentProposed(
                id, command.paragraph(), option, command.kind(), command.actor().party()));
        touch();
        return option;
    }

    void withdraw(Delegate actor, ParagraphNumber number, OptionId option) {
        requireDrafting();
        roles.requireParticipant(actor.party(), title);
        Paragraph paragraph = paragraph(number);
        paragraph.withdraw(option, actor.party());
        events.add(new AmendmentWithdrawn(id, number, option, actor.party()));
        refresh(paragraph);
        touch();
    }

    void statePosition(StatePosition command) {
        requireDrafting();
        FocalPointPolicy.requireOwnFocalPoint(command.actor(), command.party());
        roles.requireParticipant(command.party(), title);
        if (command.stance().requiresReason() && command.reason().isBlank()) {
            throw new ReasonRequiredException(command.stance());
        }
        Paragraph paragraph = paragraph(command.paragraph());
        command.option().ifPresent(paragraph::optionNamed);
        Position position = new Position(command.party(), command.stance(), command.reason());
        paragraph.state(position, command.option());
        events.add(new PositionStated(id, paragraph.number(), command.option(), position));
        refresh(paragraph);
        touch();
    }

    /** The facilitator applies the selected option of every bracket in an agreed paragraph. */
    void cleanBrackets(Delegate actor, ParagraphNumber number) {
        requireDrafting();
        roles.requireFacilitator(actor, Message.of("negotiation.action.clean"));
        Paragraph paragraph = paragraph(number);
        ParagraphStatus status = policy.evaluate(paragraph);
        if (!status.agreed()) {
            throw new ParagraphNotAgreedException(number.label());
        }
        paragraph.clean(policy.chosenOptions(paragraph));
        touch();
    }

    Adoption adopt(Delegate actor, String decision, Instant at) {
        requireDrafting();
        roles.requireFacilitator(actor, Message.of("negotiation.action.adopt"));
        List<String> open = paragraphs.values().stream()
                .filter(p -> !policy.evaluate(p).agreed())
                .map(p -> p.number().label())
                .toList();
        if (paragraphs.isEmpty() || !open.isEmpty()) {
            throw new TextNotAdoptableException(
                    paragraphs.isEmpty()
                            ? Message.of("negotiation.refused.noParagraphs")
                            : Message.of(
                                    "negotiation.refused.notAdoptable",
                                    Message.of("negotiation.rule." + RuleCodes.codeOf(rule)),
                                    String.join(", ", open)));
        }
        paragraphs.values().forEach(p -> p.clean(policy.chosenOptions(p)));
        adoption = Adoption.of(decision, rule, actor.party(), at, paragraphs.values());
        status = TextStatus.ADOPTED;
        events.add(new TextAdopted(
                id, adoption.decision(), rule, at, adoption.reservations().size()));
        touch();
        return adoption;
    }

    /** Freezes the text as it stands into a numbered reading that never changes. */
    TextVersion freezeReading(Delegate actor, String label, Instant at) {
        roles.requireFacilitator(actor, Message.of("negotiation.action.freeze"));
        TextVersion reading = CompilationRenderer.snapshot(this, readings.size() + 1, label, at);
        readings.add(reading);
        touch();
        return reading;
    }

    /** The text as it stands, as an unnumbered version to compare with a reading. */
    TextVersion current(Instant at) {
        return CompilationRenderer.snapshot(this, 0, "current", at);
    }

    ParagraphStatus statusOf(ParagraphNumber number) {
        return policy.evaluate(paragraph(number));
    }

    private void refresh(Paragraph paragraph) {
        boolean agreed = policy.evaluate(paragraph).agreed();
        if (agreed && !paragraph.isAgreed()) {
            events.add(new ParagraphAgreed(id, paragraph.number(), rule));
        } else if (!agreed && paragraph.isAgreed()) {
            events.add(new ParagraphReopened(id, paragraph.number()));
        }
        paragraph.markAgreed(agreed);
    }

    private void requireDrafting() {
        if (status == TextStatus.ADOPTED) {
            throw new TextAlreadyAdoptedException(title);
        }
    }

    private void requireFree(ParagraphNumber number) {
        if (paragraphs.containsKey(number)) {
            throw new DuplicateParagraphException(number.label());
        }
        Optional<ParagraphNumber> parent = number.parent();
        if (parent.isPresent() && !paragraphs.containsKey(parent.get())) {
            throw new UnknownParagraphException(parent.get().label());
        }
    }

    Paragraph paragraph(ParagraphNumber number) {
        Paragraph paragraph = paragraphs.get(number);
        if (paragraph == null) {
            throw new UnknownParagraphException(number.label());
        }
        return paragraph;
    }

    private void touch() {
        version++;
    }

    /** Hands over the events recorded since the last call, for publication. */
    List<NegotiationEvent> drainEvents() {
        List<NegotiationEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    TextId id() {
        return id;
    }

    String title() {
        return title;
    }

    DecisionRule rule() {
        return rule;
    }

    Set<PartyCode> participants() {
        return roles.participants();
    }

    PartyCode facilitator() {
        return roles.facilitator();
    }

    TextStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    Collection<Paragraph> paragraphs() {
        return Collections.unmodifiableCollection(paragraphs.values());
    }

    List<TextVersion> readings() {
        return Collections.unmodifiableList(readings);
    }

    Optional<Adoption> adoption() {
        return Optional.ofNullable(adoption);
    }

    AgreementPolicy policy() {
        return policy;
    }
}
