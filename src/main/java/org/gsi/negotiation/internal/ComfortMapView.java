package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Stance;
import org.gsi.registry.PartyCode;

/**
 * The comfort map as shown: one row per paragraph, one cell per party holding the stance code (empty when the
 * party has not stated one), the counts per paragraph, the totals, and where to work next.
 */
record ComfortMapView(
        List<String> parties,
        List<Row> rows,
        Map<String, Integer> totals,
        int notStated,
        int agreed,
        List<String> whereToWorkNext) {

    record Row(String paragraph, boolean agreed, List<String> cells, TextViews.TallyView tally) {

        /** One letter per cell for the page: e, s, l, r, x, or n when not stated. */
        public List<String> marks() {
            List<String> marks = new ArrayList<>(cells.size());
            for (String c : cells) {
                marks.add(
                        switch (c) {
                            case "endorse" -> "e";
                            case "support" -> "s";
                            case "can-live-with" -> "l";
                            case "reservation" -> "r";
                            case "cannot-accept" -> "x";
                            default -> "n";
                        });
            }
            return marks;
        }

        /** The row's cells as table markup (fixed class names only), written in one go for large maps. */
        public String cellsHtml() {
            StringBuilder out = new StringBuilder(cells.size() * 22);
            for (String m : marks()) {
                out.append("<td class=\"cm ").append(m).append("\"></td>");
            }
            return out.toString();
        }

        public String anchor() {
            return PageParagraph.anchor(paragraph);
        }
    }

    static ComfortMapView of(NegotiatedText text) {
        return of(ComfortMap.of(text));
    }

    static ComfortMapView of(ComfortMap map) {
        List<PartyCode> parties = map.parties();
        List<Row> rows = new ArrayList<>(map.paragraphs().size());
        for (ParagraphNumber number : map.paragraphs()) {
            List<String> cells = new ArrayList<>(parties.size());
            for (PartyCode party : parties) {
                cells.add(map.stanceOf(party, number).map(TextViews::stanceCode).orElse(""));
            }
            ParagraphStatus status = map.status(number);
            rows.add(new Row(number.label(), status.agreed(), cells, TextViews.TallyView.of(status.tally())));
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        map.totals().forEach((Stance s, Integer n) -> totals.put(TextViews.stanceCode(s), n));
        return new ComfortMapView(
                parties.stream().map(PartyCode::value).toList(),
                rows,
                totals,
                map.notStated(),
                map.agreedCount(),
                map.whereToWorkNext().stream().map(ParagraphNumber::label).toList());
    }
}
