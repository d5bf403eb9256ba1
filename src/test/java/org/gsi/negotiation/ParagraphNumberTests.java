package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ParagraphNumberTests {

    @Test
    void labelsRoundTripThroughParsing() {
        for (String label : List.of("PP1", "OP12", "OP3(a)", "OP3(aa)")) {
            assertThat(ParagraphNumber.parse(label).label()).isEqualTo(label);
        }
    }

    @Test
    void preambularParagraphsComeFirstAndSubParagraphsFollowTheirParagraph() {
        List<String> ordered = Stream.of("OP10", "OP3(b)", "PP2", "OP3", "OP2", "OP3(a)", "PP10")
                .map(ParagraphNumber::parse)
                .sorted()
                .map(ParagraphNumber::label)
                .toList();
        assertThat(ordered).containsExactly("PP2", "PP10", "OP2", "OP3", "OP3(a)", "OP3(b)", "OP10");
    }

    @Test
    void aSubParagraphKnowsItsParent() {
        assertThat(ParagraphNumber.parse("OP3(a)").parent()).contains(ParagraphNumber.operative(3));
        assertThat(ParagraphNumber.operative(3).parent()).isEmpty();
    }

    @Test
    void malformedLabelsAreRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> ParagraphNumber.parse("OP0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParagraphNumber.parse("Article 3"))
                .hasMessageContaining("expected e.g. PP1, OP3, OP3(a)");
    }

    @Test
    void reservationsAndObjectionsRequireAReason() {
        assertThat(Stance.RESERVATION.requiresReason()).isTrue();
        assertThat(Stance.CANNOT_ACCEPT.requiresReason()).isTrue();
        assertThat(Stance.CAN_LIVE_WITH.requiresReason()).isFalse();
    }
}
