package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Position;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/**
 * A numbered paragraph: its current text, the brackets proposed on it, and the parties' positions.
 * Offsets of amendments refer to the current text, which changes only when brackets are cleaned.
 */
final class Paragraph {

    private final ParagraphNumber number;
    private String text;
    private long revision;
    private final List<OptionGroup> groups = new ArrayList<>();
    private final Map<PartyCode, Position> positions = new HashMap<>();
    private AmendmentOption addition;
    private boolean agreed;

    private Paragraph(ParagraphNumber number, String text) {
        this.number = number;
        this.text = text;
    }

    static Paragraph drafted(ParagraphNumber number, String text) {
        return new Paragraph(number, requireText(text));
    }

    /** A paragraph proposed by a party: the whole of it stays bracketed until agreed and cleaned. */
    static Paragraph proposed(ParagraphNumber number, String text, OptionId id, PartyCode proposer) {
        Paragraph paragraph = new Paragraph(number, requireText(text));
        paragraph.addition = new AmendmentOption(id, AmendmentKind.ADD_PARAGRAPH, paragraph.text, proposer);
        return paragraph;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAmendmentException(Message.of("negotiation.refused.paragraphText"));
        }
        return text.strip();
    }

    OptionId propose(AmendmentKind kind, Span span, String newText, PartyCode proposer, OptionId newId) {
        String replacement = checkedReplacement(kind, span, newText);
        Optional<OptionGroup> same =
                groups.stream().filter(g -> g.span().equals(span)).findFirst();
        OptionGroup group = same.orElseGet(() -> openGroup(span));
        for (AmendmentOption option : group.options()) {
            if (option.sameChangeAs(kind, replacement)) {
                option.addProposer(proposer);
                return option.id();
            }
        }
        AmendmentOption option = new AmendmentOption(newId, kind, replacement, proposer);
        group.add(option);
        revision++;
        return option.id();
    }

    private String checkedReplacement(AmendmentKind kind, Span span, String newText) {
        if (!span.fitsIn(text)) {
            throw new SpanOutsideParagraphException(number.label(), span.start(), span.end(), text.length());
        }
        String replacement = newText == null ? "" : newText;
        switch (kind) {
            case INSERT -> require(span.isEmpty() && !replacement.isBlank(), Message.of("negotiation.refused.insert"));
            case DELETE -> require(!span.isEmpty(), Message.of("negotiation.refused.delete"));
            case REPLACE ->
                require(
                        !span.isEmpty() && !replacement.isBlank() && !replacement.equals(original(span)),
                        Message.of("negotiation.refused.replace"));
            case ADD_PARAGRAPH -> require(false, Message.of("negotiation.refused.addInside"));
        }
        return kind == AmendmentKind.DELETE ? "" : replacement;
    }

    private static void require(boolean condition, Message reason) {
        if (!condition) {
            throw new InvalidAmendmentException(reason);
        }
    }

    private OptionGroup openGroup(Span span) {
        for (OptionGroup other : groups) {
            if (span.overlaps(other.span())) {
                throw new OverlappingAmendmentException(
                        number.label(),
                        span.start(),
                        span.end(),
                        other.span().start(),
                        other.span().end());
            }
        }
        OptionGroup group = new OptionGroup(span);
        groups.add(group);
        groups.sort(Comparator.comparing(OptionGroup::span));
        return group;
    }

    /** Removes the party from the option's proposers; the option goes when none is left. */
    void withdraw(OptionId id, PartyCode party) {
        OptionGroup group = groupOf(id);
        AmendmentOption option = group.find(id).orElseThrow();
        if (!option.removeProposer(party)) {
            throw new InvalidAmendmentException(Message.of("negotiation.refused.notProposer", String.valueOf(party)));
        }
        if (option.proposers().isEmpty()) {
            group.remove(option);
            if (group.isEmpty()) {
                groups.remove(group);
            }
            revision++;
        }
    }

    void state(Position position, Optional<OptionId> option) {
        if (option.isPresent()) {
            optionNamed(option.get()).state(position);
        } else {
            positions.put(position.party(), position);
        }
    }

    AmendmentOption optionNamed(OptionId id) {
        return groupOf(id).find(id).orElseThrow();
    }

    private OptionGroup groupOf(OptionId id) {
        return groups.stream()
                .filter(g -> g.find(id).isPresent())
                .findFirst()
                .orElseThrow(() -> new UnknownOptionException(id.value(), number.label()));
    }

    /** Puts the chosen option of every bracket into the text and drops the brackets. */
    void clean(List<AmendmentOption> chosen) {
        text = textWith(chosen);
        groups.clear();
        addition = null;
        revision++;
    }

    /** The text with the given option of each bracket applied, in bracket order. */
    String textWith(List<AmendmentOption> chosen) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < groups.size(); i++) {
            Span span = groups.get(i).span();
            out.append(text, at, span.start()).append(chosen.get(i).text());
            at = span.end();
        }
        out.append(text.substring(at));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    String original(Span span) {
        return text.substring(span.start(), span.end());
    }

    ParagraphNumber number() {
        return number;
    }

    String text() {
        return text;
    }

    long revision() {
        return revision;
    }

    List<OptionGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    Map<PartyCode, Position> positions() {
        return Collections.unmodifiableMap(positions);
    }

    Optional<AmendmentOption> addition() {
        return Optional.ofNullable(addition);
    }

    boolean isAgreed() {
        return agreed;
    }

    void markAgreed(boolean value) {
        agreed = value;
    }
}
