package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class IatiApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static String sample(String name) throws Exception {
        try (var in = IatiApiTests.class.getResourceAsStream("/cooperation/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Api.Response sendXml(String user, String xml) {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/imports/iati?priorityArea=III.18"))
                .header("Authorization", "Bearer " + api.token(user))
                .header("Content-Type", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml))
                .build();
        try {
            var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Response(r.statusCode(), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reimportUpdatesInsteadOfDuplicatingAndTheExportValidates() throws Exception {
        String xml = sample("example_203_file.xml");
        Api.Response first = sendXml("indonesia", xml);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode report = first.json();
        int accepted = report.get("imported").asInt()
                + report.get("updated").asInt()
                + report.get("unchanged").asInt();
        assertThat(accepted).as(first.body()).isGreaterThan(5);

        Api.Response second = sendXml("indonesia", xml);
        assertThat(second.json().get("imported").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(accepted);

        Set<String> identifiers = new HashSet<>();
        for (JsonNode e : second.json().get("activities")) {
            if (e.get("outcome").asString().equals("unchanged")) {
                identifiers.add(e.get("identifier").asString());
            }
        }
        Api.Response export = api.get("/api/v1/exports/iati?party=IDN", "indonesia");
        assertThat(export.status()).isEqualTo(200);
        validate(export.body());
        Set<String> exported = new HashSet<>();
        Matcher m =
                Pattern.compile("<iati-identifier>([^<]+)</iati-identifier>").matcher(export.body());
        while (m.find()) {
            exported.add(m.group(1));
        }
        assertThat(exported).containsAll(identifiers);
    }

    @Test
    void aBrokenFileKeepsItsValidActivitiesAndReportsTheRestWithLine() throws Exception {
        String xml = sample("example_203_file.xml");
        String prefix = "XX-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String cut = (xml.substring(0, xml.indexOf("NL-1-PPR-27787")) + "<broken").replace("NL-1-PPR", prefix);
        Api.Response r = sendXml("brazil", cut);
        assertThat(r.status()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("imported").asInt() + report.get("updated").asInt())
                .isEqualTo(2);
        JsonNode rejected = null;
        for (JsonNode e : report.get("activities")) {
            if (e.get("outcome").asString().equals("rejected")) {
                rejected = e;
            }
        }
        assertThat(rejected).isNotNull();
        assertThat(rejected.get("reason").asString()).contains("line");
    }

    /** Activities are written by parallel writers; an identifier repeated in the file is still written in order. */
    @Test
    void aLargeFileIsReportedInFileOrderAndARepeatedIdentifierUpdatesItsOwnProject() throws Exception {
        String xml = sample("example_203_file.xml");
        String body = xml.substring(xml.indexOf("<iati-activity "), xml.lastIndexOf("</iati-activities>"));
        String prefix = "XO-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        StringBuilder file = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<iati-activities version=\"2.03\">");
        // copies 0..19, then copy 3 again: its activities come last and update what copy 3 imported
        for (int copy = 0; copy < 20; copy++) {
            file.append(body.replace("NL-1-PPR-", prefix + "-" + copy + "-"));
        }
        file.append(body.replace("NL-1-PPR-", prefix + "-3-").replace("<narrative>", "<narrative>Again "))
                .append("</iati-activities>");
        Api.Response r = sendXml("brazil", file.toString());
        assertThat(r.status()).isEqualTo(200);
        JsonNode report = r.json();
        int perCopy = report.get("imported").asInt() / 20;
        assertThat(perCopy).isPositive();
        assertThat(report.get("updated").asInt()).isEqualTo(perCopy);
        java.util.List<String> order = new java.util.ArrayList<>();
        java.util.Map<String, java.util.UUID> projects = new java.util.HashMap<>();
        for (JsonNode e : report.get("activities")) {
            if (e.get("outcome").asString().equals("rejected")) {
                continue;
            }
            order.add(e.get("identifier").asString());
            java.util.UUID id = java.util.UUID.fromString(e.get("projectId").asString());
            java.util.UUID before = projects.putIfAbsent(e.get("identifier").asString(), id);
            if (before != null) {
                assertThat(e.get("outcome").asString()).isEqualTo("updated");
                assertThat(id).isEqualTo(before);
            }
        }
        java.util.List<Integer> copies = order.stream()
                .map(id -> Integer.parseInt(id.substring(prefix.length() + 1, id.indexOf('-', prefix.length() + 1))))
                .toList();
        assertThat(copies.subList(0, copies.size() - perCopy)).isSorted();
        assertThat(copies.subList(copies.size() - perCopy, copies.size())).containsOnly(3);
    }

    @Test
    void anonymousReadersCannotImport() {
        assertThat(api.send("POST", "/api/v1/imports/iati", null, null, Map.of("Content-Type", "application/xml"))
                        .status())
                .isIn(401, 403);
    }

    static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema =
                factory.newSchema(IatiApiTests.class.getResource("/cooperation/schema/iati-activities-schema.xsd"));
        schema.newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }
}
