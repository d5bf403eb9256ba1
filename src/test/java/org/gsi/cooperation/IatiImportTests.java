package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** IATI import through the project aggregate, with files built to carry each oddity of real publishers' files. */
@PlatformTest
class IatiImportTests {

    @LocalServerPort
    int port;

    Api api;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "XT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String file(String... activities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
                + String.join("", activities) + "</iati-activities>\n";
    }

    /** An activity; {@code parts} go after the status, where the schema puts dates, countries and sectors. */
    static String activity(String id, int status, String participants, String parts) {
        return "<iati-activity default-currency=\"USD\">\n"
                + "<iati-identifier>" + id + "</iati-identifier>\n"
                + "<reporting-org ref=\"XM-DAC-41114\" type=\"40\"><narrative>UNDP</narrative></reporting-org>\n"
                + "<title><narrative>Activity " + id + "</narrative></title>\n"
                + participants
                + "<activity-status code=\"" + status + "\"/>\n"
                + "<activity-date type=\"1\" iso-date=\"2025-01-01\"/>\n"
                + parts
                + "</iati-activity>\n";
    }

    static String org(String ref, int role) {
        return "<participating-org ref=\"" + ref + "\" role=\"" + role + "\" type=\"10\"><narrative>" + ref
                + "</narrative></participating-org>\n";
    }

    Api.Response send(String user, String xml, String query) {
        return api.send(
                "POST", "/api/v1/imports/iati" + query, user, xml, java.util.Map.of("Content-Type", "application/xml"));
    }

    JsonNode imported(String user, String xml) {
        Api.Response r = send(user, xml, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    JsonNode project(String id, String user) {
        Api.Response r = api.get("/api/v1/projects/" + id, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static String projectId(JsonNode report, int i) {
        return report.get("activities").get(i).get("projectId").asString();
    }

    @Test
    void anActivityWithOtherPartiesEntersAsProposedWithConsentRequestsWhateverItsFileSays() {
        String sector = "<sector vocabulary=\"1\" code=\"15220\"/>\n";
        Api.Response sent = send(
                "indonesia",
                file(activity(prefix + "-1", 2, org("ETH", 4) + org("IDN", 1), sector)),
                "?priorityArea=III.1");
        JsonNode report = sent.json();
        assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(1);
        String id = projectId(report, 0);

        JsonNode p = project(id, "indonesia");
        assertThat(p.get("status").asString()).isEqualTo("proposed");
        assertThat(p.get("visibility").asString()).isEqualTo("participants");
        assertThat(p.get("iati").get("fileStatus").asInt()).isEqualTo(2);
        assertThat(p.get("participants")).singleElement().satisfies(x -> {
            assertThat(x.get("party").asString()).isEqualTo("ETH");
            assertThat(x.get("consent").asString()).isEqualTo("requested");
        });
        assertThat(api.get("/api/v1/notifications?size=200", "ethiopia").body()).contains(id);
        assertThat(api.get("/api/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(api.get("/projects/" + id, "indonesia").body()).contains("iati-file-status");

        Api.Response activate = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "indonesia",
                "{\"action\":\"activate\"}",
                "/api/v1/projects/" + id);
        assertThat(activate.status()).isEqualTo(409);
        assertThat(activate.json().get("detail").asString()).contains("ETH");
    }

    @Test
    void aReimportNeverWidensVisibilityNorResetsConsent() {
        String xml = file(activity(prefix + "-1", 2, org("ETH", 4), "<sector vocabulary=\"98\" code=\"III.1\"/>\n"));
        String id = projectId(imported("indonesia", xml), 0);
        assertThat(api.post("/api/v1/projects/" + id + "/consents", "ethiopia", "{\"answer\":\"give\"}")
                        .status())
                .isEqualTo(200);

        JsonNode again = imported("indonesia", xml.replace("Activity " + prefix, "Renamed " + prefix));
        assertThat(again.get("updated").asInt()).as(again.toString()).isEqualTo(1);

        JsonNode p = project(id, "indonesia");
        assertThat(p.get("title").get("en").asString()).startsWith("Renamed");
        assertThat(p.get("visibility").asString()).isEqualTo("participants");
        assertThat(p.get("participants").get(0).get("consent").asString()).isEqualTo("given");
        assertThat(imported("indonesia", xml.replace("Activity " + prefix, "Renamed " + prefix))
                        .get("unchanged")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aReimportKeepsAnOwnerOnlyProjectOwnerOnly() {
        String xml = file(activity(prefix + "-1", 1, "", ""));
        String id = projectId(imported("indonesia", xml), 0);
        Api.Response read = api.get("/api/v1/projects/" + id, "indonesia");
        assertThat(read.json().get("status").asString()).isEqualTo("draft");
        String body = "{\"title\":{\"en\":\"Mine\"},\"priorityAreas\":[\"III.18\"],\"visibility\":\"owner\"}";
        Api.Response put = api.put("/api/v1/projects/" + id, "indonesia", body, read.header("ETag"));
        assertThat(put.status()).as(put.body()).isIn(200, 204);

        imported("indonesia", xml.replace("Activity", "Changed"));

        assertThat(project(id, "indonesia").get("visibility").asString()).isEqualTo("owner");
        assertThat(api.get("/api/v1/projects/" + id, "ethiopia").status()).isEqualTo(404);
    }

    @Test
    void aPartyNewlyNamedInAReimportedDraftIsAskedForItsConsent() {
        String id = projectId(imported("indonesia", file(activity(prefix + "-1", 1, "", ""))), 0);
        assertThat(project(id, "indonesia").get("status").asString()).isEqualTo("draft");

        imported("indonesia", file(activity(prefix + "-1", 2, org("ETH", 4), "")));

        JsonNode p = project(id, "indonesia");
        assertThat(p.get("status").asString()).isEqualTo("proposed");
        assertThat(p.get("participants").get(0).get("consent").asString()).isEqualTo("requested");
    }

    @Test
    void anActivityOfTheImporterAloneFollowsItsFileStatusThroughTheTransitions() {
        JsonNode report = imported(
                "indonesia",
                file(
                        activity(prefix + "-a", 2, "", ""),
                        activity(prefix + "-c", 4, "", ""),
                        activity(prefix + "-s", 6, "", "")));
        assertThat(project(projectId(report, 0), "indonesia").get("status").asString())
                .isEqualTo("active");
        assertThat(project(projectId(report, 1), "indonesia").get("status").asString())
                .isEqualTo("completed");
        assertThat(project(projectId(report, 2), "indonesia").get("status").asString())
                .isEqualTo("suspended");
        assertThat(api.get("/api/v1/projects/" + projectId(report, 0) + "/timeline", "indonesia")
                        .body())
                .contains("project-activated");
    }

    @Test
    void dacSectorsMapToPriorityAreasAndAnActivityMappingToNoneIsKeptUnclassified() {
        JsonNode report = imported(
                "indonesia",
                file(
                        activity(
                                prefix + "-1",
                                2,
                                "",
                                "<sector vocabulary=\"1\" code=\"15250\"/>\n<sector vocabulary=\"1\" code=\"12250\"/>\n"
                                        + "<sector vocabulary=\"1\" code=\"31161\"/>\n<sector vocabulary=\"1\""
                                        + " code=\"74020\"/>\n<sector vocabulary=\"10\" code=\"Health\"/>\n"),
                        activity(prefix + "-2", 2, "", "<sector vocabulary=\"1\" code=\"11110\"/>\n")));
        assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(2);
        JsonNode mapped = project(projectId(report, 0), "indonesia");
        List<String> areas = new ArrayList<>();
        mapped.get("priorityAreas").forEach(a -> areas.add(a.asString()));
        assertThat(areas).containsExactly("III.4", "III.17", "III.18", "III.20");
        assertThat(mapped.get("iati").get("sectors")).hasSize(5);
        assertThat(mapped.get("unclassified").asBoolean()).isFalse();

        JsonNode none = project(projectId(report, 1), "indonesia");
        assertThat(none.get("unclassified").asBoolean()).isTrue();
        assertThat(none.get("priorityAreas")).isEmpty();
        assertThat(report.get("activities").get(1).get("warnings").toString()).contains("unclassified");
        assertThat(api.get("/projects/" + projectId(report, 1), "indonesia").body())
                .contains("id=\"unclassified\"");

        JsonNode overridden = imported(
                "indonesia", file(activity(prefix + "-3", 2, "", "<sector vocabulary=\"1\" code=\"11110\"/>\n")));
        String id = projectId(overridden, 0);
        assertThat(send(
                                "indonesia",
                                file(activity(prefix + "-3", 2, "", "<sector vocabulary=\"1\" code=\"11110\"/>\n")),
                                "?priorityArea=III.13")
                        .status())
                .isEqualTo(200);
        assertThat(project(id, "indonesia").get("priorityAreas").get(0).asString())
                .isEqualTo("III.13");
    }

    @Test
    void countriesAreReadAsAlpha2AndRegionsAreKept() {
        String parts = "<recipient-country code=\"KZ\" percentage=\"60\"/>\n<recipient-country code=\"et\"/>\n"
                + "<recipient-country code=\"QQ\"/>\n<recipient-region code=\"289\" vocabulary=\"1\"/>\n";
        JsonNode report = imported("indonesia", file(activity(prefix + "-1", 2, "", parts)));
        JsonNode p = project(projectId(report, 0), "indonesia");
        List<String> countries = new ArrayList<>();
        p.get("countries").forEach(c -> countries.add(c.asString()));
        assertThat(countries).containsExactly("ETH", "KAZ");
        assertThat(p.get("iati").get("regions").get(0).get("code").asString()).isEqualTo("289");
        assertThat(report.get("activities").get(0).get("warnings").toString()).contains("'QQ'");
    }

    @Test
    void aRevisedBudgetReplacesTheOriginalOfItsPeriodAndBudgetsAreExported() throws Exception {
        String budgets =
                "<budget type=\"1\"><period-start iso-date=\"2025-01-01\"/><period-end iso-date=\"2025-12-31\"/>"
                        + "<value currency=\"USD\" value-date=\"2025-01-01\">1000</value></budget>\n"
                        + "<budget type=\"2\"><period-start iso-date=\"2025-01-01\"/><period-end iso-date=\"2025-12-31\"/>"
                        + "<value currency=\"USD\" value-date=\"2025-06-01\">1500</value></budget>\n"
                        + "<budget type=\"1\"><period-start iso-date=\"2026-01-01\"/><period-end iso-date=\"2026-12-31\"/>"
                        + "<value currency=\"USD\" value-date=\"2026-01-01\">200</value></budget>\n";
        JsonNode report = imported("indonesia", file(activity(prefix + "-1", 2, "", budgets)));
        JsonNode p = project(projectId(report, 0), "indonesia");
        assertThat(p.get("budget").decimalValue()).isEqualByComparingTo("1700");
        assertThat(p.get("iati").get("budgets")).hasSize(3);

        String export = api.get("/api/v1/exports/iati?party=IDN&q=" + prefix, "indonesia")
                .body();
        IatiApiTests.validate(export);
        assertThat(export).contains("<budget type=\"2\">").contains(">1500<").contains(">1000<");
        assertThat(export).contains("<reporting-org ref=\"XM-DAC-41114\"");
    }

    @Test
    void resultsIndicatorsAndPeriodsAreStoredAndABadIndicatorLeavesTheRest() {
        String result = "<result type=\"1\" aggregation-status=\"1\"><title><narrative>Schools</narrative></title>\n"
                + "<indicator measure=\"1\" ascending=\"1\"><title><narrative>Classrooms built</narrative></title>"
                + "<baseline year=\"2024\" iso-date=\"2024-01-01\" value=\"0\"/>"
                + "<period><period-start iso-date=\"2025-01-01\"/><period-end iso-date=\"2025-12-31\"/>"
                + "<target value=\"10\"/><actual value=\"4\"/></period></indicator>\n"
                + "<indicator measure=\"Units\"><title><narrative>Broken</narrative></title></indicator>\n"
                + "</result>\n";
        JsonNode report = imported("indonesia", file(activity(prefix + "-1", 2, "", result)));
        assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("activities").get(0).get("warnings").toString()).contains("IndicatorMeasure");
        JsonNode results = api.get("/api/v1/projects/" + projectId(report, 0) + "/results", "indonesia")
                .json();
        assertThat(results.get("results")).hasSize(1);
        JsonNode indicator =
                results.get("results").get(0).get("result").get("indicators").get(0);
        assertThat(indicator.get("periods").get(0).get("actual").decimalValue()).isEqualByComparingTo("4");
        assertThat(results.get("progress").decimalValue()).isEqualByComparingTo("0.4");
    }

    @Test
    void aFileThatIsNotIatiOrIsEmptyIsRefusedAsAWhole() {
        Api.Response rss = send(
                "indonesia",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title></channel></rss>",
                "");
        assertThat(rss.status()).isEqualTo(400);
        assertThat(rss.header("Content-Type")).contains("problem+json");
        assertThat(rss.json().get("field").asString()).isEqualTo("file");
        assertThat(rss.json().get("detail").asString()).contains("<rss>");

        Api.Response empty = send("indonesia", "", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asString()).isEqualTo("file");

        Api.Response background = api.send(
                "POST",
                "/api/v1/imports/iati",
                "indonesia",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"/>",
                java.util.Map.of("Content-Type", "application/xml", "Prefer", "respond-async"));
        assertThat(background.status()).isEqualTo(400);
        assertThat(background.json().get("field").asString()).isEqualTo("file");
    }

    @Test
    void everyActivityAfterAMalformedPointIsReportedWithItsLine() {
        String xml = file(
                activity(prefix + "-1", 2, "", ""),
                activity(prefix + "-2", 2, "", "<sector code=\"1<5\"/>\n"),
                activity(prefix + "-3", 2, "", ""),
                activity(prefix + "-4", 2, "", ""));
        JsonNode report = imported("indonesia", xml);
        assertThat(report.get("read").asInt()).isEqualTo(4);
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("broken").asString()).contains("not well-formed");
        JsonNode last = report.get("activities").get(3);
        assertThat(last.get("identifier").asString()).isEqualTo(prefix + "-4");
        assertThat(last.get("line").asInt()).isEqualTo(lineOf(xml, "<iati-identifier>" + prefix + "-4") - 1);
    }

    @Test
    void aRepeatedIdentifierIsReportedAtItsOwnLine() {
        String one = activity(prefix + "-1", 2, "", "");
        String xml = file(one, one.replace("Activity", "Again"));
        JsonNode report = imported("indonesia", xml);
        JsonNode second = report.get("activities").get(1);
        assertThat(second.get("outcome").asString()).isEqualTo("updated");
        assertThat(second.get("line").asInt()).isEqualTo(lineOf(xml, "<title><narrative>Again") - 3);
        assertThat(report.get("activities").get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void aCodeOutsideItsCodelistNamesTheCodelist() {
        JsonNode report = imported(
                "indonesia",
                file(activity(prefix + "-1", 2, "<participating-org ref=\"ETH\" role=\"Funding\"/>\n", "")));
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        String warnings = report.get("activities").get(0).get("warnings").toString();
        assertThat(warnings).contains("OrganisationRole").contains("'Funding'").doesNotContain("For input string");
    }

    @Test
    void anExportedActivityImportedAgainUpdatesItsProjectAndIsRefusedToAnotherParty() throws Exception {
        String title = "Exported " + prefix;
        String body = "{\"title\":{\"en\":\"" + title + "\"},\"priorityAreas\":[\"III.4\"],\"countries\":[\"ETH\"],"
                + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2026-12-31\",\"visibility\":\"public\"}";
        Api.Response created = api.post("/api/v1/projects", "china", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String export = api.get("/api/v1/exports/iati?q=" + prefix, "china").body();
        assertThat(export).contains("XI-GSI-" + id).contains("<reporting-org ref=\"XI-GSI\"");

        JsonNode again = imported("china", export.replace(title, title + " revised"));
        assertThat(again.get("updated").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(projectId(again, 0)).isEqualTo(id);
        assertThat(project(id, "china").get("title").get("en").asString()).endsWith("revised");

        JsonNode other = imported("brazil", export);
        assertThat(other.get("rejected").asInt()).isEqualTo(1);
        assertThat(other.get("imported").asInt()).isZero();
        assertThat(other.get("activities").get(0).get("reason").asString()).contains("may not update");
    }

    @Test
    void theSecretariatEditsTheSectorMappingAuditedAndNoPartyCan() {
        String code = "1" + (10000 + Math.floorMod(prefix.hashCode(), 89999));
        String code5 = code.substring(0, 5);
        Api.Response refused =
                api.put("/api/v1/sector-mappings/" + code5, "china", "{\"priorityArea\":\"III.2\"}", null);
        assertThat(refused.status()).isEqualTo(403);

        Api.Response set = api.put(
                "/api/v1/sector-mappings/" + code5,
                "secretariat",
                "{\"priorityArea\":\"III.16\",\"description\":\"Space situational awareness\"}",
                null);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/sector-mappings", "china").body())
                .contains(code5)
                .contains("III.16");
        assertThat(api.get("/api/v1/audit?recordId=" + code5, "secretariat").body())
                .contains("set-sector-mapping");
        assertThat(api.get("/projects/sector-mappings", "secretariat").body()).contains(code5);

        JsonNode report = imported(
                "indonesia",
                file(activity(prefix + "-1", 2, "", "<sector vocabulary=\"1\" code=\"" + code5 + "\"/>\n")));
        assertThat(project(projectId(report, 0), "indonesia")
                        .get("priorityAreas")
                        .get(0)
                        .asString())
                .isEqualTo("III.16");
    }

    static int lineOf(String xml, String text) {
        String before = xml.substring(0, xml.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
