package org.gsi.negotiation.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.Position;
import org.gsi.registry.PartyCode;

/** One proposed change to a span: an option within its bracket, with its proposers and positions. */
final class AmendmentOption {

    private final OptionId id;
    private final AmendmentKind kind;
    private final String text;
    private final Set<PartyCode> proposers = new LinkedHashSet<>();
    private final Map<PartyCode, Position> positions = new HashMap<>();

    AmendmentOption(OptionId id, AmendmentKind kind, String text, PartyCode proposer) {
        this.id = id;
        this.kind = kind;
        this.text = text;
        this.proposers.add(proposer);
    }

    OptionId id() {
        return id;
    }

    AmendmentKind kind() {
        return kind;
    }

    /** The text this option puts in place of its span (empty for a deletion). */
    String text() {
        return text;
    }

    boolean sameChangeAs(AmendmentKind otherKind, String otherText) {
        return kind == otherKind && text.equals(otherText);
    }

    Set<PartyCode> proposers() {
        return Collections.unmodifiableSet(proposers);
    }

    void addProposer(PartyCode party) {
        proposers.add(party);
    }

    boolean removeProposer(PartyCode party) {
        return proposers.remove(party);
    }

    Map<PartyCode, Position> positions() {
        return Collections.unmodifiableMap(positions);
    }

    void state(Position position) {
        positions.put(position.party(), position);
    }
}
