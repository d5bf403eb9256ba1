package org.gsi.negotiation.internal;

import java.util.List;
import org.gsi.negotiation.DecisionRule;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Stance;
import org.gsi.negotiation.TextId;
import org.gsi.registry.PartyCode;

/** A joint statement among China, Kazakhstan and Brazil, facilitated by ASEAN. */
final class TextFixture {

    static final PartyCode CHN = PartyCode.of("CHN");
    static final PartyCode KAZ = PartyCode.of("KAZ");
    static final PartyCode BRA = PartyCode.of("BRA");
    static final PartyCode FACILITATOR = PartyCode.of("asean");
    static final Delegate CHINA = Delegate.focalPointOf(CHN);
    static final Delegate KAZAKHSTAN = Delegate.focalPointOf(KAZ);
    static final Delegate BRAZIL = Delegate.focalPointOf(BRA);
    static final Delegate CHAIR = Delegate.focalPointOf(FACILITATOR);
    static final ParagraphNumber PP1 = ParagraphNumber.preambular(1);
    static final ParagraphNumber OP1 = ParagraphNumber.operative(1);
    static final String OP1_TEXT = "States shall cooperate on border security.";
    static final int SPAN_START = OP1_TEXT.indexOf("border security");
    static final int SPAN_END = SPAN_START + "border security".length();

    private TextFixture() {}

    static NegotiatedText jointStatement(DecisionRule rule) {
        NegotiatedText text =
                NegotiatedText.draft(TextId.random(), "Joint statement", rule, List.of(CHN, KAZ, BRA), FACILITATOR);
        text.addParagraph(CHAIR, PP1, "Recalling the Charter of the United Nations,");
        text.addParagraph(CHAIR, OP1, OP1_TEXT);
        return text;
    }

    static OptionId replaceSpan(NegotiatedText text, Delegate actor, String replacement) {
        long revision = text.paragraph(OP1).revision();
        return text.propose(ProposeAmendment.replace(actor, OP1, revision, SPAN_START, SPAN_END, replacement));
    }

    static void state(NegotiatedText text, Delegate actor, ParagraphNumber paragraph, Stance stance) {
        String reason = stance.requiresReason() ? "reason of " + actor.party() : "";
        text.statePosition(StatePosition.onParagraph(actor, paragraph, stance, reason));
    }

    static void stateOnOption(NegotiatedText text, Delegate actor, OptionId option, Stance stance) {
        String reason = stance.requiresReason() ? "reason of " + actor.party() : "";
        text.statePosition(StatePosition.onOption(actor, OP1, option, stance, reason));
    }

    static void allSupport(NegotiatedText text, ParagraphNumber paragraph) {
        for (Delegate actor : List.of(CHINA, KAZAKHSTAN, BRAZIL)) {
            state(text, actor, paragraph, Stance.SUPPORT);
        }
    }

    static String compilation(NegotiatedText text, ParagraphNumber paragraph) {
        return CompilationRenderer.compilationOf(text.paragraph(paragraph));
    }
}
