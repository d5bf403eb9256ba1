package org.gsi.negotiation.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of the text pages in the reader's language, looked up once per page. */
@Component
class PageWords {

    private final MessageSource messages;

    PageWords(MessageSource messages) {
        this.messages = messages;
    }

    private static final List<String> LABELS = List.of(
            "agreedAdRef",
            "positions",
            "reason",
            "reason.placeholder",
            "revision",
            "stance",
            "yourPosition",
            "onOption",
            "clean",
            "amend",
            "amend.kind",
            "amend.replace",
            "amend.insert",
            "amend.delete",
            "amend.phrase",
            "amend.text",
            "amend.submit",
            "stance.endorse",
            "stance.support",
            "stance.can-live-with",
            "stance.reservation",
            "stance.cannot-accept",
            "stance.none",
            "option",
            "option.delete",
            "option.mine");

    /** The words of a paragraph, looked up once per page instead of once per paragraph. */
    Map<String, String> paragraphLabels() {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = new java.util.HashMap<>();
        for (String key : LABELS) {
            labels.put(key, messages.getMessage("negotiation." + key, null, key, locale));
        }
        return labels;
    }

    /** The decision rule in the page's language. */
    String rule(org.gsi.negotiation.DecisionRule rule) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        if (rule instanceof org.gsi.negotiation.DecisionRule.QualifiedMajority q) {
            String share = q.threshold().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            return messages.getMessage("negotiation.rule.qualified-majority.of", new Object[] {share}, locale);
        }
        String code = rule.describe().replace(' ', '-');
        return messages.getMessage("negotiation.rule." + code, null, rule.describe(), locale);
    }
}
