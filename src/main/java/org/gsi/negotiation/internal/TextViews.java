package org.gsi.negotiation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.Position;
import org.gsi.negotiation.Stance;
import org.gsi.negotiation.Tally;
import org.gsi.registry.PartyCode;

/** What the API and the pages show of a text, built from the aggregate while its monitor is held. */
final class TextViews {

    private TextViews() {}

    record TextSummaryView(
            UUID id,
            String title,
            String rule,
            String facilitator,
            List<String> participants,
            String status,
            String visibility,
            UUID trackId,
            boolean demo,
            long version,
            Instant updatedAt) {

        static TextSummaryView of(TextHead h) {
            return new TextSummaryView(
                    h.id(),
                    h.title(),
                    h.rule(),
                    h.facilitator(),
                    h.participants(),
                    h.status().name().toLowerCase(java.util.Locale.ROOT),
                    h.visibility().name().toLowerCase(java.util.Locale.ROOT),
                    h.track().orElse(null),
                    h.demo(),
                    h.version(),
                    h.updatedAt());
        }
    }

    record TextView(
            UUID id,
            String title,
            String rule,
            String ruleDescription,
            BigDecimal threshold,
            String facilitator,
            List<String> participants,
            String visibility,
            String ownerParty,
            UUID trackId,
            String status,
            boolean demo,
            long version,
            int agreedParagraphs,
            List<ParagraphView> paragraphs,
            List<ReadingView> readings,
            AdoptionView adoption) {}

    record ParagraphView(
            String number,
            String kind,
            int level,
            String text,
            String compilation,
            long revision,
            boolean agreed,
            TallyView tally,
            List<BracketView> brackets,
            OptionView addition,
            List<PositionView> positions) {

        Optional<PositionView> positionOf(String party) {
            return positions.stream().filter(p -> p.party().equals(party)).findFirst();
        }
    }

    record BracketView(int start, int end, String original, List<OptionView> options, UUID chosen) {}

    record OptionView(
            UUID id, int number, String kind, String text, List<String> proposers, List<PositionView> positions) {}

    record PositionView(String party, String stance, String reason) {}

    record TallyView(
            int participants,
            int endorse,
            int support,
            int canLiveWith,
            int reservation,
            int cannotAccept,
            int notStated) {
        static TallyView of(Tally t) {
            return new TallyView(
                    t.participants(),
                    t.endorse(),
                    t.support(),
                    t.canLiveWith(),
                    t.reservation(),
                    t.cannotAccept(),
                    t.notStated());
        }

        /** The counts as the comfort map shows them: endorse/support/can live with/reservation/cannot/silent. */
        public String slashed() {
            return endorse + "/" + support + "/" + canLiveWith + "/" + reservation + "/" + cannotAccept + "/"
                    + notStated;
        }

        /** The counts named in the page's words ({@code l} holds the stance labels under "stance.<code>"). */
        public String worded(java.util.Map<String, String> l) {
            return l.get("stance.endorse") + " " + endorse + " · " + l.get("stance.support") + " " + support + " · "
                    + l.get("stance.can-live-with") + " " + canLiveWith + " · " + l.get("stance.reservation") + " "
                    + reservation + " · " + l.get("stance.cannot-accept") + " " + cannotAccept + " · "
                    + l.get("stance.none") + " " + notStated;
        }
    }

    record ReadingView(int number, String label, Instant takenAt, long textVersion) {}

    record AdoptionView(
            String decision,
            String rule,
            String declaredBy,
            Instant adoptedAt,
            List<FinalPositionView> positions,
            List<FinalPositionView> reservations) {}

    record FinalPositionView(String paragraph, String party, String stance, String reason) {}

    static TextView of(TextHead h, NegotiatedText t) {
        List<ParagraphView> paragraphs = new ArrayList<>();
        int agreed = 0;
        for (Paragraph p : t.paragraphs()) {
            ParagraphView view = paragraph(t, p);
            agreed += view.agreed() ? 1 : 0;
            paragraphs.add(view);
        }
        List<ReadingView> readings = t.readings().stream()
                .map(r -> new ReadingView(r.number(), r.label(), r.takenAt(), r.textVersion()))
                .toList();
        return new TextView(
                h.id(),
                h.title(),
                h.rule(),
                t.rule().describe(),
                h.threshold(),
                h.facilitator(),
                h.participants(),
                h.visibility().name().toLowerCase(java.util.Locale.ROOT),
                h.ownerParty(),
                h.track().orElse(null),
                t.status().name().toLowerCase(java.util.Locale.ROOT),
                h.demo(),
                t.version(),
                agreed,
                paragraphs,
                readings,
                t.adoption().map(TextViews::adoption).orElse(null));
    }

    static ParagraphView paragraph(NegotiatedText t, Paragraph p) {
        ParagraphStatus status = t.policy().evaluate(p);
        List<BracketView> brackets = new ArrayList<>();
        for (int i = 0; i < p.groups().size(); i++) {
            OptionGroup g = p.groups().get(i);
            List<OptionView> options = new ArrayList<>();
            for (int k = 0; k < g.options().size(); k++) {
                options.add(option(g.options().get(k), k + 1));
            }
            UUID chosen = status.chosen().get(i).map(OptionId::value).orElse(null);
            brackets.add(new BracketView(g.span().start(), g.span().end(), p.original(g.span()), options, chosen));
        }
        return new ParagraphView(
                p.number().label(),
                p.number().kind().name().toLowerCase(java.util.Locale.ROOT),
                p.number().isSubParagraph() ? 1 : 0,
                p.text(),
                CompilationRenderer.compilationOf(p),
                p.revision(),
                status.agreed(),
                TallyView.of(status.tally()),
                brackets,
                p.addition().map(a -> option(a, 1)).orElse(null),
                positions(p.positions()));
    }

    private static OptionView option(AmendmentOption o, int number) {
        return new OptionView(
                o.id().value(),
                number,
                o.kind().name().toLowerCase(java.util.Locale.ROOT),
                o.text(),
                o.proposers().stream().map(PartyCode::value).toList(),
                positions(o.positions()));
    }

    private static List<PositionView> positions(Map<PartyCode, Position> positions) {
        return positions.values().stream()
                .sorted(Comparator.comparing(Position::party))
                .map(p -> new PositionView(p.party().value(), stanceCode(p.stance()), p.reasonText()))
                .toList();
    }

    static String stanceCode(Stance s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static AdoptionView adoption(Adoption a) {
        List<FinalPositionView> all =
                a.positions().stream().map(TextViews::finalPosition).toList();
        List<FinalPositionView> reservations =
                a.reservations().stream().map(TextViews::finalPosition).toList();
        return new AdoptionView(
                a.decision(), a.rule().describe(), a.declaredBy().value(), a.adoptedAt(), all, reservations);
    }

    private static FinalPositionView finalPosition(Adoption.FinalPosition f) {
        return new FinalPositionView(
                f.paragraph().label(),
                f.position().party().value(),
                stanceCode(f.position().stance()),
                f.position().reasonText());
    }
}
