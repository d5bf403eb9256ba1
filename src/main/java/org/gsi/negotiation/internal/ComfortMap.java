package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Position;
import org.gsi.negotiation.Stance;
import org.gsi.negotiation.Tally;
import org.gsi.registry.PartyCode;

/**
 * Parties × paragraphs, each cell the party's stance on the paragraph, with counts per paragraph
 * and per stance: the picture a facilitator reads to see where to work next. Built in one pass
 * over the positions into flat arrays.
 */
final class ComfortMap {

    private static final byte NOT_STATED = -1;
    private static final Stance[] STANCES = Stance.values();

    private final List<PartyCode> parties;
    private final List<ParagraphNumber> paragraphs;
    private final Map<PartyCode, Integer> partyIndex;
    private final Map<ParagraphNumber, Integer> paragraphIndex;
    private final byte[][] cells;
    private final List<ParagraphStatus> statuses;

    private ComfortMap(NegotiatedText text) {
        parties = List.copyOf(text.participants());
        partyIndex = indexOf(parties);
        paragraphs = text.paragraphs().stream().map(Paragraph::number).toList();
        paragraphIndex = indexOf(paragraphs);
        cells = new byte[paragraphs.size()][parties.size()];
        statuses = new ArrayList<>(paragraphs.size());
        int row = 0;
        for (Paragraph paragraph : text.paragraphs()) {
            Arrays.fill(cells[row], NOT_STATED);
            for (Position position : paragraph.positions().values()) {
                cells[row][partyIndex.get(position.party())] =
                        (byte) position.stance().ordinal();
            }
            statuses.add(text.policy().evaluate(paragraph));
            row++;
        }
    }

    static ComfortMap of(NegotiatedText text) {
        return new ComfortMap(text);
    }

    private static <T> Map<T, Integer> indexOf(List<T> items) {
        Map<T, Integer> index = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        return index;
    }

    List<PartyCode> parties() {
        return parties;
    }

    List<ParagraphNumber> paragraphs() {
        return paragraphs;
    }

    Optional<Stance> stanceOf(PartyCode party, ParagraphNumber paragraph) {
        Integer row = paragraphIndex.get(paragraph);
        Integer column = partyIndex.get(party);
        if (row == null || column == null || cells[row][column] == NOT_STATED) {
            return Optional.empty();
        }
        return Optional.of(STANCES[cells[row][column]]);
    }

    /** The counts of each stance (and of parties not yet stated) on one paragraph. */
    Tally tallyOf(ParagraphNumber paragraph) {
        return status(paragraph).tally();
    }

    ParagraphStatus status(ParagraphNumber paragraph) {
        Integer row = paragraphIndex.get(paragraph);
        if (row == null) {
            throw new UnknownParagraphException(paragraph.label());
        }
        return statuses.get(row);
    }

    /** How many cells of the whole map hold each stance. */
    Map<Stance, Integer> totals() {
        Map<Stance, Integer> totals = new EnumMap<>(Stance.class);
        for (Stance stance : STANCES) {
            totals.put(stance, 0);
        }
        for (ParagraphStatus status : statuses) {
            for (Stance stance : STANCES) {
                totals.merge(stance, status.tally().count(stance), Integer::sum);
            }
        }
        return totals;
    }

    int notStated() {
        return statuses.stream().mapToInt(s -> s.tally().notStated()).sum();
    }

    int agreedCount() {
        return (int) statuses.stream().filter(ParagraphStatus::agreed).count();
    }

    /**
     * Paragraphs not yet agreed, hardest first: most objections, then most reservations, then
     * most open brackets, then most parties still silent.
     */
    List<ParagraphNumber> whereToWorkNext() {
        return statuses.stream()
                .filter(s -> !s.agreed())
                .sorted(Comparator.comparingInt((ParagraphStatus s) -> s.tally().cannotAccept())
                        .thenComparingInt(s -> s.tally().reservation())
                        .thenComparingInt(ParagraphStatus::openBrackets)
                        .thenComparingInt(s -> s.tally().notStated())
                        .reversed()
                        .thenComparing(ParagraphStatus::paragraph))
                .map(ParagraphStatus::paragraph)
                .toList();
    }
}
