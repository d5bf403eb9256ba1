package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's kept summary of public projects follows every change, and restricted ones reach only their readers. */
@PlatformTest
class PortfolioSummaryTests {

    @LocalServerPort
    int port;

    @Autowired
    ProjectSearch search;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    ProjectSearch.Figures figures(String reader) {
        return search.figures(ProjectSearch.ProjectQuery.all(0, 1), reader);
    }

    static long count(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }

    static BigDecimal budget(ProjectSearch.Figures f) {
        return f.budgetsByCurrency().getOrDefault("USD", Map.of()).getOrDefault("III.4", BigDecimal.ZERO);
    }

    static String project(String title, String visibility, String participant) {
        return "{\"title\":{\"en\":\"" + title + "\"},\"priorityAreas\":[\"III.4\"],\"domains\":[\"landmines\"],"
                + "\"countries\":[\"ETH\"],\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-12-31\","
                + "\"budget\":1250000.50,\"currency\":\"USD\",\"visibility\":\"" + visibility + "\","
                + "\"participants\":[{\"party\":\"" + participant + "\",\"roles\":[\"implementing\"]}]}";
    }

    String create(String visibility) {
        String json = project("Summary " + UUID.randomUUID(), visibility, "ETH");
        Api.Response r = api.post("/api/v1/projects", "china", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    void propose(String id) {
        Api.Response r = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void figuresWithoutFiltersFollowEveryChangeAndKeepDraftsAndRestrictedProjectsToTheirReaders() {
        ProjectSearch.Figures outsider = figures("BRA");
        ProjectSearch.Figures owner = figures("CHN");

        String open = create("public");
        create("participants");

        ProjectSearch.Figures outsiderAfter = figures("BRA");
        assertThat(count(outsiderAfter.byStatus(), "draft")).isEqualTo(count(outsider.byStatus(), "draft"));
        assertThat(count(outsiderAfter.byArea(), "III.4")).isEqualTo(count(outsider.byArea(), "III.4"));
        assertThat(budget(outsiderAfter)).isEqualByComparingTo(budget(outsider));
        ProjectSearch.Figures ownerAfter = figures("CHN");
        assertThat(count(ownerAfter.byStatus(), "draft")).isEqualTo(count(owner.byStatus(), "draft") + 2);

        propose(open);

        ProjectSearch.Figures outsiderLast = figures("BRA");
        assertThat(count(outsiderLast.byStatus(), "proposed")).isEqualTo(count(outsider.byStatus(), "proposed") + 1);
        assertThat(count(outsiderLast.byArea(), "III.4")).isEqualTo(count(outsider.byArea(), "III.4") + 1);
        assertThat(count(outsiderLast.byCountry(), "ETH")).isEqualTo(count(outsider.byCountry(), "ETH") + 1);
        assertThat(budget(outsiderLast)).isEqualByComparingTo(budget(outsider).add(new BigDecimal("1250000.50")));
        assertThat(count(figures("CHN").byStatus(), "draft")).isEqualTo(count(owner.byStatus(), "draft") + 1);
        assertThat(count(figures("ETH").byArea(), "III.4")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theKeptSummaryEqualsSummingThePublicProjectsAgain() {
        create("public");
        propose(create("public"));
        String summed = "SELECT k.kind, k.code, coalesce(p.currency, '') AS currency, count(*) AS projects,"
                + " coalesce(sum(p.budget), 0) AS budget, coalesce(sum(p.progress), 0) AS progress_sum,"
                + " count(p.progress) AS progress_count FROM cooperation_project p CROSS JOIN LATERAL"
                + " (SELECT 'area' AS kind, a AS code FROM unnest(p.priority_areas) a UNION ALL SELECT 'country', c"
                + " FROM unnest(p.countries) c UNION ALL SELECT 'status', lower(p.status)) k"
                + " WHERE p.visibility = 'PUBLIC' AND p.status <> 'DRAFT' GROUP BY 1, 2, 3";
        String kept = "SELECT kind, code, currency, projects, budget, progress_sum, progress_count"
                + " FROM cooperation_portfolio_public WHERE projects > 0";
        assertThat(jdbc.sql("(" + summed + ") EXCEPT (" + kept + ")").query().listOfRows())
                .isEmpty();
        assertThat(jdbc.sql("(" + kept + ") EXCEPT (" + summed + ")").query().listOfRows())
                .isEmpty();
    }
}
