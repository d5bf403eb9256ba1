package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class MeetingDocumentsApiTests {

    @LocalServerPort
    int port;

    Api api;
    Multipart multipart;

    @BeforeEach
    void connect() {
        api = new Api(port);
        multipart = new Multipart(api, port);
    }

    /** Meetings are seen by their participants unless their organiser chooses public. */
    static final String PUBLIC = ",\"visibility\":\"public\"";

    String meeting(String title, String extra) {
        Api.Response r = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"" + title
                        + "\",\"start\":\"2031-03-01T09:00\",\"end\":\"2031-03-02T18:00\",\"timeZone\":\"Asia/Shanghai\","
                        + "\"capacity\":50" + extra + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    HttpResponse<String> upload(String meeting, String user, String name, byte[] content, Map<String, String> f)
            throws Exception {
        return multipart.send("POST", "/api/v1/meetings/" + meeting + "/documents", user, name, content, f);
    }

    static String id(String json) {
        int i = json.indexOf("\"id\":\"") + 6;
        return json.substring(i, json.indexOf('"', i));
    }

    @Test
    void theOrganiserUploadsAnAgendaThatAnyoneDownloadsWithItsChecksum() throws Exception {
        String meeting = meeting("Docs " + UUID.randomUUID(), PUBLIC);
        byte[] pdf = Multipart.pdf("agenda " + UUID.randomUUID());
        HttpResponse<String> up =
                upload(meeting, "china", "agenda.pdf", pdf, Map.of("kind", "agenda", "title", "Agenda"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(up.body()).contains("\"sha256\":\"" + sha + "\"").contains("\"kind\":\"agenda\"");
        assertThat(api.get("/api/v1/meetings/" + meeting + "/documents").body()).contains(sha);
        HttpResponse<byte[]> down =
                multipart.download("/api/v1/meetings/" + meeting + "/documents/" + id(up.body()), null);
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(pdf);
        assertThat(down.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(api.get("/meetings/" + meeting).body()).contains("agenda.pdf");
    }

    @Test
    void theDemoForumPublishesItsAgendaAndChairsSummary() {
        String forum = UUID.nameUUIDFromBytes(
                        "demo:meeting:xiangshan-11".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        assertThat(api.get("/api/v1/meetings/" + forum + "/documents").body())
                .contains("\"kind\":\"agenda\"", "\"kind\":\"outcome\"", "chairs-summary.txt");
    }

    @Test
    void aFileIsJudgedByItsContentNotByItsNameOrDeclaredType() throws Exception {
        String meeting = meeting("Kinds " + UUID.randomUUID(), PUBLIC);
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        HttpResponse<String> fake = upload(meeting, "china", "paper.pdf", executable, Map.of("kind", "background"));
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("file").contains("PDF, DOCX, ODT");
        byte[] xlsx = Multipart.zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
        assertThat(upload(meeting, "china", "paper.docx", xlsx, Map.of("kind", "background"))
                        .statusCode())
                .isEqualTo(400);
        byte[] docx = Multipart.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<document/>"));
        assertThat(upload(meeting, "china", "paper.bin", docx, Map.of("kind", "background"))
                        .body())
                .contains("wordprocessingml");
        byte[] odt = Multipart.zip(
                Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"));
        assertThat(upload(meeting, "china", "paper.odt", odt, Map.of("kind", "other"))
                        .body())
                .contains("application/vnd.oasis.opendocument.text");
        byte[] text = "Chair's summary\nparagraph one\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(upload(meeting, "china", "summary.txt", text, Map.of("kind", "outcome"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(upload(meeting, "china", "x.pdf", Multipart.pdf("x"), Map.of("kind", "minutes"))
                        .body())
                .contains("kind");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndNotListed() throws Exception {
        String meeting = meeting("Big " + UUID.randomUUID(), PUBLIC);
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> up = upload(meeting, "china", "big.txt", big, Map.of("kind", "background"));
        assertThat(up.statusCode()).isEqualTo(400);
        assertThat(up.body()).contains("20 MB");
        assertThat(api.get("/api/v1/meetings/" + meeting + "/documents").body()).doesNotContain("big.txt");
    }

    @Test
    void onlyTheOrganiserAddsAndDeletesDocuments() throws Exception {
        String meeting = meeting("Delete " + UUID.randomUUID(), PUBLIC);
        assertThat(upload(meeting, "kazakhstan", "a.pdf", Multipart.pdf("k"), Map.of("kind", "agenda"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(upload(meeting, null, "a.pdf", Multipart.pdf("k"), Map.of("kind", "agenda"))
                        .statusCode())
                .isEqualTo(401);
        String doc = id(upload(meeting, "china", "a.pdf", Multipart.pdf("c"), Map.of("kind", "agenda"))
                .body());
        String path = "/api/v1/meetings/" + meeting + "/documents/" + doc;
        assertThat(api.delete(path, "kazakhstan").status()).isEqualTo(403);
        assertThat(api.delete(path, "china").status()).isEqualTo(204);
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/meetings/" + meeting + "/documents").body()).doesNotContain(doc);
    }

    @Test
    void onlyAnOutcomeDocumentRecordsANegotiatedText() throws Exception {
        String meeting = meeting("Outcome " + UUID.randomUUID(), PUBLIC);
        String text = UUID.randomUUID().toString();
        HttpResponse<String> agenda =
                upload(meeting, "china", "a.pdf", Multipart.pdf("a"), Map.of("kind", "agenda", "negotiatedText", text));
        assertThat(agenda.statusCode()).isEqualTo(400);
        assertThat(agenda.body()).contains("negotiatedText");
        HttpResponse<String> outcome = upload(
                meeting, "china", "o.pdf", Multipart.pdf("o"), Map.of("kind", "outcome", "negotiatedText", text));
        assertThat(outcome.statusCode()).isEqualTo(201);
        assertThat(api.get("/api/v1/meetings/" + meeting + "/documents").body())
                .contains("\"negotiatedText\":\"" + text + "\"");
    }

    @Test
    void aRestrictedMeetingAndItsDocumentsNeverReachAnotherParty() throws Exception {
        String title = "Restricted " + UUID.randomUUID();
        String meeting = meeting(title, ",\"visibility\":\"participants\",\"invited\":[\"KAZ\"]");
        String doc = id(upload(meeting, "china", "r.pdf", Multipart.pdf("r"), Map.of("kind", "background"))
                .body());
        String download = "/api/v1/meetings/" + meeting + "/documents/" + doc;
        for (String outsider : new String[] {null, "ethiopia", "brazil"}) {
            assertThat(api.get("/api/v1/meetings/" + meeting, outsider).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/meetings/" + meeting + "/documents", outsider)
                            .status())
                    .isEqualTo(404);
            assertThat(multipart.download(download, outsider).statusCode()).isEqualTo(404);
            assertThat(api.get("/api/v1/meetings?series=xiangshan-forum", outsider)
                            .body())
                    .doesNotContain(title);
            assertThat(api.get("/calendar/mechanisms/xiangshan-forum.ics", outsider)
                            .body())
                    .doesNotContain(title);
            assertThat(api.get("/calendar/meetings/" + meeting + ".ics", outsider)
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/meetings/" + meeting, outsider).status()).isEqualTo(404);
            assertThat(api.get("/meetings?series=xiangshan-forum", outsider).body())
                    .doesNotContain(title);
        }
        assertThat(api.post("/api/v1/meetings/" + meeting + "/delegations", "ethiopia", "{\"head\":{\"name\":\"E\"}}")
                        .status())
                .isEqualTo(404);
        for (String insider : new String[] {"kazakhstan", "china", "secretariat"}) {
            assertThat(multipart.download(download, insider).statusCode()).isEqualTo(200);
            assertThat(api.get("/api/v1/meetings?series=xiangshan-forum", insider)
                            .body())
                    .contains(title);
        }
    }

    @Test
    void aCredentialsLetterIsReadOnlyByItsPartyTheOrganiserAndTheSecretariat() throws Exception {
        String meeting = meeting("Letters " + UUID.randomUUID(), PUBLIC);
        Api.Response reg = api.post(
                "/api/v1/meetings/" + meeting + "/delegations", "kazakhstan", "{\"head\":{\"name\":\"Kaz Head\"}}");
        String delegation = reg.json().get("id").asString();
        String path = "/api/v1/meetings/delegations/" + delegation + "/credentials";
        byte[] letter = Multipart.pdf("note verbale " + UUID.randomUUID());
        assertThat(multipart
                        .send("PUT", path, "ethiopia", "nv.pdf", letter, Map.of())
                        .statusCode())
                .isEqualTo(403);
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertThat(multipart
                        .send("PUT", path, "kazakhstan", "nv.pdf", image, Map.of())
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> up = multipart.send("PUT", path, "kazakhstan", "note-verbale-kaz.pdf", letter, Map.of());
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        for (String reader : new String[] {"kazakhstan", "china", "secretariat"}) {
            HttpResponse<byte[]> d = multipart.download(path, reader);
            assertThat(d.statusCode()).isEqualTo(200);
            assertThat(d.body()).isEqualTo(letter);
        }
        for (String outsider : new String[] {null, "ethiopia"}) {
            assertThat(multipart.download(path, outsider).statusCode()).isEqualTo(404);
            assertThat(api.get("/api/v1/meetings/" + meeting + "/delegations", outsider)
                            .body())
                    .doesNotContain("note-verbale-kaz.pdf");
            assertThat(api.get("/meetings/" + meeting, outsider).body()).doesNotContain("note-verbale-kaz.pdf");
        }
        assertThat(api.get("/meetings/" + meeting, "china").body()).contains("note-verbale-kaz.pdf");
    }
}
