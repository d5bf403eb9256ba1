package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.Position;
import org.gsi.negotiation.RenderedText;
import org.gsi.registry.PartyCode;
import org.springframework.web.util.HtmlUtils;

/**
 * A paragraph as the text page shows it: its segments (plain or bracketed options with proposers), where it
 * stands, and the viewer's own position.
 */
record PageParagraph(
        String number,
        String anchor,
        int level,
        boolean agreed,
        boolean proposedParagraph,
        long revision,
        String text,
        List<PageSegment> segments,
        TextViews.TallyView tally,
        String myStance,
        String myReason,
        List<TextViews.PositionView> positions,
        List<PageOption> options) {

    record PageSegment(String text, List<PageOption> options) {
        public boolean bracket() {
            return !options.isEmpty();
        }
    }

    record PageOption(
            String id,
            int number,
            int of,
            String kind,
            String text,
            String original,
            String proposers,
            String myStance) {
        /** The option as the bracket shows it, in the page's language ({@code l} holds the page's words). */
        public String label(Map<String, String> l) {
            return "[" + marker(l) + body(l);
        }

        /** The option's marker in the page's language ("Option 2: "), empty for a bracket of one option. */
        public String marker(Map<String, String> l) {
            return of > 1 ? l.get("option") + " " + number + ": " : "";
        }

        /** The option's words: the text it proposes, or what it would delete. */
        public String body(Map<String, String> l) {
            String delete = l.get("option.delete");
            return kind.equals("delete") ? (of > 1 ? delete : delete + ": " + original) : text;
        }
    }

    /**
     * The paragraph's words with each bracket marked up, its options separated by a slash and followed by their
     * proposers; written in one go (escaped) because a long text has hundreds of them. The words are isolated in
     * their own direction ({@code dir="auto"}: an English text reads left to right on an Arabic page), and so is each
     * part of a bracket: its square brackets follow the paragraph, the option marker is in the page's language, the
     * proposed words and the proposers in theirs, so that no bracket or marker changes place in right-to-left
     * pages.
     */
    public String html(Map<String, String> l) {
        StringBuilder out =
                new StringBuilder(text.length() * 2 + 40).append("<span class=\"para-words\" dir=\"auto\">");
        for (PageSegment segment : segments) {
            if (!segment.bracket()) {
                out.append("<span class=\"seg\">")
                        .append(HtmlUtils.htmlEscape(segment.text()))
                        .append("</span>");
                continue;
            }
            for (int i = 0; i < segment.options().size(); i++) {
                PageOption o = segment.options().get(i);
                String marker = o.marker(l);
                out.append(i > 0 ? "<span class=\"seg\"> / </span>" : "")
                        .append("<mark class=\"bracket ")
                        .append(HtmlUtils.htmlEscape(o.kind()))
                        .append("\"><span class=\"bm open\">[</span>");
                if (!marker.isEmpty()) {
                    out.append("<bdi class=\"option-marker\">")
                            .append(HtmlUtils.htmlEscape(marker.strip()))
                            .append("</bdi> ");
                }
                out.append("<bdi class=\"option-words\">")
                        .append(HtmlUtils.htmlEscape(o.body(l)))
                        .append("</bdi> <span class=\"proposers\">(<bdi>")
                        .append(HtmlUtils.htmlEscape(o.proposers()))
                        .append("</bdi>)</span><span class=\"bm close\">]</span></mark>");
            }
        }
        return out.append("</span>").toString();
    }

    /** The stances a party states, in the order of the gradient of agreement. */
    static final List<String> STANCES = List.of("endorse", "support", "can-live-with", "reservation", "cannot-accept");

    /** The viewer's five stance buttons, the chosen one pressed; written in one go for long texts. */
    public String stanceButtons(Map<String, String> l) {
        StringBuilder out = new StringBuilder(600);
        for (String st : STANCES) {
            boolean chosen = st.equals(myStance);
            out.append("<button type=\"submit\" name=\"stance\" value=\"")
                    .append(st)
                    .append("\" class=\"button small stance st-")
                    .append(st)
                    .append(chosen ? " chosen" : "")
                    .append("\" aria-pressed=\"")
                    .append(chosen)
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(l.get("stance." + st)))
                    .append("</button>");
        }
        return out.toString();
    }

    /** The choices of a stance select, in the page's words. */
    public static String stanceOptions(Map<String, String> l) {
        StringBuilder out = new StringBuilder(300);
        for (String st : STANCES) {
            out.append("<option value=\"")
                    .append(st)
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(l.get("stance." + st)))
                    .append("</option>");
        }
        return out.toString();
    }

    static String anchor(String label) {
        return "p-" + label.replace("(", "-").replace(")", "");
    }

    static PageParagraph of(NegotiatedText t, Paragraph p, String viewer) {
        return of(p, viewer, t.policy().evaluate(p));
    }

    /** The paragraph with its status already evaluated (a page of the whole text evaluates each once). */
    static PageParagraph of(Paragraph p, String viewer, ParagraphStatus status) {
        List<PageSegment> segments = new ArrayList<>();
        List<PageOption> all = new ArrayList<>();
        int group = 0;
        for (RenderedText.Segment s : CompilationRenderer.compilationSegments(p)) {
            if (s instanceof RenderedText.Plain plain) {
                segments.add(new PageSegment(plain.text(), List.of()));
            } else if (s instanceof RenderedText.Bracket bracket) {
                List<PageOption> options = options(p, bracket, group++, viewer);
                all.addAll(options);
                segments.add(new PageSegment("", options));
            }
        }
        Position mine = viewer.isEmpty() ? null : p.positions().get(PartyCode.of(viewer));
        return new PageParagraph(
                p.number().label(),
                anchor(p.number().label()),
                p.number().isSubParagraph() ? 1 : 0,
                status.agreed(),
                p.addition().isPresent(),
                p.revision(),
                p.text(),
                segments,
                TextViews.TallyView.of(status.tally()),
                mine == null ? "" : TextViews.stanceCode(mine.stance()),
                mine == null ? "" : mine.reasonText(),
                reasoned(p),
                all);
    }

    /** The positions that give a reason (reservations and objections); the comfort map shows the rest. */
    private static List<TextViews.PositionView> reasoned(Paragraph p) {
        return p.positions().values().stream()
                .filter(x -> !x.reasonText().isEmpty())
                .sorted(java.util.Comparator.comparing(Position::party))
                .map(x ->
                        new TextViews.PositionView(x.party().value(), TextViews.stanceCode(x.stance()), x.reasonText()))
                .toList();
    }

    private static List<PageOption> options(Paragraph p, RenderedText.Bracket bracket, int group, String viewer) {
        List<PageOption> options = new ArrayList<>();
        int of = bracket.options().size();
        for (RenderedText.RenderedOption o : bracket.options()) {
            Optional<AmendmentOption> option = option(p, o, group);
            Position mine = viewer.isEmpty()
                    ? null
                    : option.map(x -> x.positions().get(PartyCode.of(viewer))).orElse(null);
            options.add(new PageOption(
                    option.map(x -> x.id().value().toString()).orElse(""),
                    o.number(),
                    of,
                    o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    o.text(),
                    bracket.original(),
                    String.join(
                            ", ", o.proposers().stream().map(PartyCode::value).toList()),
                    mine == null ? "" : TextViews.stanceCode(mine.stance())));
        }
        return options;
    }

    private static Optional<AmendmentOption> option(Paragraph p, RenderedText.RenderedOption o, int group) {
        if (o.kind() == AmendmentKind.ADD_PARAGRAPH) {
            return p.addition();
        }
        return Optional.of(p.groups().get(group).options().get(o.number() - 1));
    }
}
