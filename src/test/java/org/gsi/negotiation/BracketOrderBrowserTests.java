package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gsi.Api;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * On an Arabic page an English paragraph with two bracketed options reads in its own order: the words before, then
 * for each option its opening bracket, its marker (in Arabic), the proposed words, the proposers and its closing
 * bracket, the slash between the options, and the words after, from left to right on one line, as written.
 */
class BracketOrderBrowserTests extends BrowserSession {

    /** Where the first character of each needle, found one after the other in the element's text, is drawn. */
    private static final String POSITIONS = """
            const root = arguments[0], needles = arguments[1];
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const nodes = []; let text = '', n;
            while ((n = walker.nextNode())) { nodes.push([n, text.length]); text += n.data; }
            let from = 0; const out = [];
            for (const needle of needles) {
              const i = text.indexOf(needle, from);
              if (i < 0) { out.push(null); continue; }
              from = i + needle.length;
              let k = nodes.length - 1; while (nodes[k][1] > i) k--;
              const [node, offset] = nodes[k];
              const range = document.createRange();
              range.setStart(node, i - offset); range.setEnd(node, i - offset + 1);
              const rect = range.getBoundingClientRect();
              out.push([rect.left, rect.top]);
            }
            return out;""";

    @Test
    void anEnglishBracketedParagraphReadsLeftToRightInOrderOnAnArabicPage() {
        Api api = new Api(port);
        TextFlow flow = new TextFlow(api);
        String id = flow.open("Bracket order " + System.nanoTime(), "consensus", "public", "CHN", "KAZ");
        long revision = flow.addParagraph(id, "OP1", "We welcome regular consultations.")
                .get("revision")
                .asLong();
        Api.Response first = flow.replace(id, "OP1", "china", revision, 11, 18, "annual");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long next = first.json().get("paragraph").get("revision").asLong();
        assertThat(flow.replace(id, "OP1", "kazakhstan", next, 11, 18, "biannual")
                        .status())
                .isEqualTo(201);

        logIn("kazakhstan");
        open("/texts/" + id + "?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        WebElement paragraph = browser.findElement(By.cssSelector("#p-OP1 .para-text"));
        List<String> markers = List.of("الخيار 1", "الخيار 2");
        List<String> needles = List.of(
                "We welcome",
                "[",
                markers.get(0),
                "annual",
                "(CHN)",
                "]",
                "/",
                "[",
                markers.get(1),
                "biannual",
                "(KAZ)",
                "]",
                "consultations");
        @SuppressWarnings("unchecked")
        List<List<Number>> at =
                (List<List<Number>>) ((JavascriptExecutor) browser).executeScript(POSITIONS, paragraph, needles);
        assertThat(at).as("every part is on the page: " + paragraph.getText()).doesNotContainNull();
        double top = at.get(0).get(1).doubleValue();
        for (int i = 1; i < at.size(); i++) {
            assertThat(at.get(i).get(1).doubleValue())
                    .as(needles.get(i) + " on the first line")
                    .isCloseTo(top, org.assertj.core.data.Offset.offset(4.0));
            assertThat(at.get(i).get(0).doubleValue())
                    .as(needles.get(i) + " right of " + needles.get(i - 1) + " in " + paragraph.getText())
                    .isGreaterThan(at.get(i - 1).get(0).doubleValue());
        }
    }
}
