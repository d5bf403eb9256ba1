package org.gsi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (a copy under {@code src/test/resources/axe/}, MPL-2.0) in the page a browser shows and returns its
 * violations of serious or critical impact.
 */
public final class Axe {

    private static final String SOURCE = read("/axe/axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({rule: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5),
                            count: v.nodes.length}))))
              .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), nodes: [], count: 1}]));
            """;

    private Axe() {}

    /** A rule the page breaks, how badly, and where (the first few elements, as CSS selectors). */
    public record Violation(String rule, String impact, String help, List<String> nodes, long count) {

        @Override
        public String toString() {
            return impact + " " + rule + " ×" + count + " (" + help + ") at " + nodes;
        }
    }

    /** The serious and critical violations of the page the browser shows now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousOrCritical(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        return found.stream()
                .map(v -> new Violation(
                        (String) v.get("rule"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        (List<String>) v.get("nodes"),
                        ((Number) v.get("count")).longValue()))
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
