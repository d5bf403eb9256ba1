package org.gsi.negotiation.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Stance;

/**
 * A command accepted on a negotiated text, as written to the text's log. Applying the log in order to a fresh
 * draft rebuilds the text exactly: every value a command needs (option ids, times) is in the command.
 */
sealed interface TextCommand {

    void applyTo(NegotiatedText text, Delegate by, Instant at);

    /** The paragraph the command changes, if it changes one paragraph only. */
    Optional<String> paragraph();

    Map<String, Class<? extends TextCommand>> KINDS = Map.of(
            "add-paragraph", AddParagraph.class,
            "propose", Propose.class,
            "withdraw", Withdraw.class,
            "state-position", State.class,
            "clean-brackets", Clean.class,
            "adopt", Adopt.class,
            "freeze-reading", Freeze.class);

    default String logKind() {
        return KINDS.entrySet().stream()
                .filter(e -> e.getValue() == getClass())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    record AddParagraph(String number, String text) implements TextCommand {
        @Override
        public void applyTo(NegotiatedText t, Delegate by, Instant at) {
            t.addParagraph(by, ParagraphNumber.parse(number), text);
        }

        @Override
        public Optional<String> paragraph() {
            return Optional.of(number);
        }
    }

    record Propose(String number, long baseRevision, AmendmentKind kind, int start, int end, String text, UUID option)
            implements TextCommand {
        @Override
        public void applyTo(NegotiatedText t, Delegate by, Instant at) {
            ParagraphNumber p = ParagraphNumber.parse(number);
            if (start < 0 || end < start) {
                throw new SpanOutsideParagraphException(p.label(), start, end, -1);
            }
            Span span = kind == AmendmentKind.ADD_PARAGRAPH ? Span.at(0) : new Span(start, end);
            t.propose(new ProposeAmendment(by, p, baseRevision, kind, span, text, new OptionId(option)));
        }

        @Override
        public Optional<String> paragraph() {
            return Optional.of(number);
        }
    }

    record Withdraw(String number, UUID option) implements TextCommand {
        @Override
        public void applyTo(NegotiatedText t, Delegate by, Instant at) {
            t.withdraw(by, ParagraphNumber.parse(number), new OptionId(option));
        }

        @Override
        public Optional<String> paragraph() {
            return Optional.of(number);
        }
    }

    record State(String number, UUID option, Stance stance, String reason) implements TextCommand {
        @Override
        public void applyTo(NegotiatedText t, Delegate by, Instant at) {
            t.statePosition(new StatePosition(
                    by,
                    by.party(),
                    ParagraphNumber.parse(number),
                    Optional.ofNullable(option).map(OptionId::new),
                    stance,
                    reason));
        }

        @Override
        public Optional<String> paragraph() {
            return Optional.of(number);
        }
    }

    record Clean(String number) implements TextCommand {
        @Override
        public void applyTo(NegotiatedText t, Delegate by, Instant at) {
            t.cleanBrackets(by, ParagraphNumber.parse(number));
        }

        @Override
        public Optional<String> paragraph() {
            return Optional.of(number);
        }
    }

    record Adopt(String decision) implements TextCommand {
        @Override
        public void applyTo(NegotiatedText t, Delegate by, Instant at) {
            t.adopt(by, decision, at);
        }

        @Override
        public Optional<String> paragraph() {
            return Optional.empty();
        }
    }

    record Freeze(String label) implements TextCommand {
        @Override
        public void applyTo(NegotiatedText t, Delegate by, Instant at) {
            t.freezeReading(by, label, at);
        }

        @Override
        public Optional<String> paragraph() {
            return Optional.empty();
        }
    }
}
