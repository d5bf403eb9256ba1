package org.gsi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The registry list sorts by name in the reader's language by that language's rules, by code, kind or region, pages
 * in the database and keeps its filters and order in every link. Every party of the registry is public, so there are
 * no restricted rows to hide here.
 */
@PlatformTest
class RegistryListTests {

    private static final Pattern ROW_CODES = Pattern.compile("<tr>\\s*<td><a href=\"/parties/([A-Za-z0-9-]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aFrenchReaderSeesRows26To50OfTheStatesInFrenchOrder() {
        Api api = new Api(port);
        List<JsonNode> states = new ArrayList<>();
        api.get("/api/v1/parties?kind=state&lang=fr&size=500")
                .json()
                .get("items")
                .forEach(states::add);
        assertThat(states).hasSizeGreaterThan(190);
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<String> expected = states.stream()
                .sorted(Comparator.comparing((JsonNode p) -> frenchName(p), french)
                        .thenComparing(p -> p.get("code").asString()))
                .map(p -> p.get("code").asString())
                .toList();

        PageSession reader = PageSession.anonymous(port);
        reader.get("/lang?lang=fr");
        var page = reader.get("/parties?kind=state&sort=name&dir=asc&size=25&page=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(codes(page.body())).containsExactlyElementsOf(expected.subList(25, 50));
        // by the rules of French, not by bytes: Égypte sits among the E's, before the Émirats, not after Zimbabwe
        List<String> first100 =
                codes(reader.get("/parties?kind=state&sort=name&size=100").body());
        assertThat(first100).containsExactlyElementsOf(expected.subList(0, 100));
        assertThat(first100.indexOf("EGY")).isBetween(0, first100.indexOf("ARE"));
        assertThat(page.body())
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/parties?kind=state&amp;sort=name&amp;dir=desc&amp;size=25\"")
                .contains("href=\"/parties?kind=state&amp;sort=name&amp;dir=asc&amp;size=25&amp;page=2\"")
                .contains("href=\"/parties?kind=state&amp;sort=code&amp;dir=asc&amp;size=25\"");

        var byCode = reader.get("/parties?kind=state&sort=code&dir=desc&size=25&page=1");
        List<String> codes = codes(byCode.body());
        assertThat(codes).hasSize(25).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(codes).allMatch(c -> c.matches("[A-Z]{3}"));
        assertThat(byCode.body()).contains("aria-sort=\"descending\"");

        assertThat(reader.get("/parties?sort=kind&dir=asc&size=25").body().split("<td>État</td>", -1))
                .hasSize(26);
        assertThat(reader.get("/parties?sort=kind&dir=desc&size=25").body()).doesNotContain("<td>État</td>");
        assertThat(reader.get("/parties?sort=name;DROP&dir=asc").status()).isEqualTo(200);
    }

    @Test
    void theApiSortsByRegionAndCodeAndNamesAnUnknownOrder() {
        Api api = new Api(port);
        JsonNode byCode = api.get("/api/v1/parties?kind=state&sort=code&dir=desc&size=30&page=1")
                .json();
        List<String> codes = new ArrayList<>();
        byCode.get("items").forEach(p -> codes.add(p.get("code").asString()));
        assertThat(codes).hasSize(30).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(byCode.get("total").asLong()).isGreaterThan(190);

        JsonNode byRegion = api.get("/api/v1/parties?kind=state&sort=region&lang=en&size=500")
                .json();
        List<String> firstRegions = new ArrayList<>();
        byRegion.get("items").forEach(p -> firstRegions.add(p.get("code").asString()));
        // "Australia and New Zealand" is the first sub-region in English, "Western Europe" among the last
        assertThat(firstRegions.indexOf("AUS")).isLessThan(firstRegions.indexOf("CHN"));
        assertThat(firstRegions.indexOf("CHN")).isLessThan(firstRegions.indexOf("FRA"));

        Api.Response refused = api.get("/api/v1/parties?sort=population");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("sort");
    }

    private static String frenchName(JsonNode party) {
        JsonNode fr = party.get("names").get("fr");
        return fr == null || fr.isNull() || fr.asString().isBlank()
                ? party.get("names").get("en").asString()
                : fr.asString();
    }

    private static List<String> codes(String body) {
        return ROW_CODES.matcher(body).results().map(m -> m.group(1)).toList();
    }
}
