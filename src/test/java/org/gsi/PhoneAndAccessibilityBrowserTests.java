package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The main pages on a phone 390 px wide, in English and in Arabic: the navigation folds behind a menu button and no
 * page is wider than the screen; and axe-core finds nothing serious or critical on them.
 */
class PhoneAndAccessibilityBrowserTests extends BrowserSession {

    private static final int PHONE_WIDTH = 390;

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /**
     * What sticks out of the viewport on the side the page scrolls to (the right in left-to-right pages, the left in
     * right-to-left ones) without an ancestor that clips or scrolls it; and the page itself if it is wider.
     */
    private static final String WIDER_THAN_SCREEN = """
            const root = document.documentElement;
            const width = root.clientWidth;
            const rtl = getComputedStyle(root).direction === 'rtl';
            const found = [];
            if (root.scrollWidth > width + 1) found.push('page is ' + root.scrollWidth + 'px wide');
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width <= 1 || r.height <= 1) continue;
              const beyond = rtl ? -(r.left + window.scrollX) : r.right + window.scrollX - width;
              if (beyond <= 1) continue;
              let held = false;
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') { held = true; break; }
              }
              if (!held) found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' +' + Math.round(beyond) + 'px');
            }
            return found.slice(0, 6);
            """;

    @Test
    void onAPhoneTheNavigationFoldsBehindAMenuButtonThatOpensIt() {
        desktop();
        logIn("kazakhstan");
        phone();
        for (String lang : List.of("en", "ar")) {
            open("/?lang=" + lang);
            WebElement toggle = browser.findElement(By.cssSelector("header.top .nav-toggle"));
            WebElement projects = browser.findElement(By.cssSelector(".main-nav a[href='/projects']"));
            assertThat(toggle.isDisplayed()).as(lang).isTrue();
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
            assertThat(projects.isDisplayed()).as("links folded in " + lang).isFalse();

            toggle.click();
            wait.until(d -> projects.isDisplayed());
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
            projects.click();
            wait.until(d -> d.getCurrentUrl().endsWith("/projects"));
            assertThat(browser.findElement(By.cssSelector(".main-nav a[href='/projects']"))
                            .isDisplayed())
                    .as("folded again on the next page")
                    .isFalse();
        }
        desktop();
        open("/?lang=en");
        assertThat(browser.findElement(By.cssSelector("header.top .nav-toggle")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector(".main-nav a[href='/projects']"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void noListOrProfilePageIsWiderThanAPhoneInEnglishOrArabic() {
        desktop();
        logIn("secretariat");
        List<String> adminPages = List.of("/audit", "/admin/users");
        logIn("kazakhstan");
        List<String> pages = mainPages();
        Map<String, List<String>> tooWide = new LinkedHashMap<>();
        phone();
        for (String lang : List.of("en", "ar")) {
            open("/?lang=" + lang);
            for (String page : pages) {
                show(page);
                List<String> found = widerThanScreen();
                if (!found.isEmpty()) {
                    tooWide.put(lang + " " + page, found);
                }
            }
        }
        logIn("secretariat");
        for (String page : adminPages) {
            show(page);
            List<String> found = widerThanScreen();
            if (!found.isEmpty()) {
                tooWide.put("en " + page, found);
            }
        }
        desktop();
        open("/?lang=en");
        assertThat(tooWide).as("pages wider than %d px", PHONE_WIDTH).isEmpty();
    }

    @Test
    void axeFindsNothingSeriousOrCriticalOnTheMainPages() {
        desktop();
        browser.manage().deleteAllCookies();
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        check("anonymous en", List.of("/login", "/", "/parties"), found);
        logIn("kazakhstan");
        List<String> pages = mainPages();
        check("en", pages, found);
        open("/?lang=ar");
        check("ar", pages, found);
        open("/?lang=en");
        logIn("secretariat");
        check("secretariat en", List.of("/audit", "/admin/users"), found);
        StringBuilder counts = new StringBuilder("axe serious+critical (rules/elements) per page:\n");
        found.forEach((page, violations) -> counts.append(String.format(
                "  %-60s %d/%d %s%n",
                page,
                violations.size(),
                violations.stream().mapToLong(Axe.Violation::count).sum(),
                violations.stream().map(Axe.Violation::rule).toList())));
        System.out.println(counts);
        assertThat(found.values().stream().flatMap(List::stream).toList())
                .as(counts + "\n" + found)
                .isEmpty();
    }

    private void check(String who, List<String> pages, Map<String, List<Axe.Violation>> found) {
        for (String page : pages) {
            show(page);
            found.put(who + " " + page, Axe.seriousOrCritical(browser));
        }
    }

    /**
     * The list pages of every module, and one profile of each kind the list links to (the demo's data); the
     * negotiated text last, its stance buttons being what a participant sees.
     */
    private List<String> mainPages() {
        desktop();
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/parties",
                "/parties/CHN",
                "/parties/au",
                "/map",
                "/projects",
                "/projects/map",
                "/projects/network",
                "/portfolio",
                "/concerns",
                "/dialogues",
                "/texts",
                "/early-warning",
                "/early-warning/events",
                "/early-warning/alerts",
                "/early-warning/alerts/rules",
                "/early-warning/forecasts/map",
                "/commitments",
                "/training",
                "/meetings",
                "/sharing",
                "/sharing/objects",
                "/screening",
                "/screening/lists",
                "/screening/lists/un-sc",
                "/screening/batches",
                "/screening/watched",
                "/screening/model-card",
                "/inbox",
                "/account",
                "/taxonomy"));
        pages.add(firstLink("/projects", "/projects/" + UUID));
        pages.add(firstLink("/dialogues", "/dialogues/" + UUID));
        pages.add(firstLink("/early-warning", "/early-warning/situations/" + UUID));
        pages.add(firstLink("/early-warning/alerts", "/early-warning/alerts/" + UUID));
        pages.add(firstLink("/commitments", "/commitments/" + UUID));
        pages.add(firstLink("/training", "/training/courses/" + UUID));
        pages.add(firstLink("/meetings", "/meetings/" + UUID));
        String text = firstLink("/texts", "/texts/" + UUID);
        pages.add(text);
        return pages;
    }

    /** Opens a page and lets it settle, naming the page if it does not show. */
    private void show(String page) {
        try {
            open(page);
            settle();
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "page did not show: " + page + " (at " + browser.getCurrentUrl() + ", title " + browser.getTitle()
                            + ")",
                    e);
        }
    }

    private String firstLink(String list, String pattern) {
        open(list);
        Pattern wanted = Pattern.compile(pattern);
        return browser.findElements(By.cssSelector("main a[href]")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(href -> href != null && wanted.matcher(href).matches())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link " + pattern + " on " + list));
    }

    @SuppressWarnings("unchecked")
    private List<String> widerThanScreen() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(WIDER_THAN_SCREEN);
    }

    /** Lets scripts that draw maps and charts, and htmx fragments, finish before the page is measured. */
    private void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.querySelectorAll('.htmx-request').length === 0")));
    }

    private void phone() {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private void desktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
