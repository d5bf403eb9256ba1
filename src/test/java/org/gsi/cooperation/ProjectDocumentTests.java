package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ProjectDocumentTests {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.gsi.platform.GsiProperties properties;

    Api api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aDocumentIsStoredWithItsChecksumAndReachesOnlyThoseWhoMayReadTheProject() throws Exception {
        String id = project("participants");
        Upload up = upload(id, "china", "../../etc/Work plan.pdf", PDF);
        assertThat(up.status).as(up.body).isEqualTo(201);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(up.body)
                .contains("\"sha256\":\"" + sha + "\"")
                .contains("\"filename\":\"Work plan.pdf\"")
                .contains("\"contentType\":\"application/pdf\"")
                .contains("\"size\":" + PDF.length);
        String doc = docId(up.body);

        HttpResponse<byte[]> asParticipant = download(id, doc, "ethiopia");
        assertThat(asParticipant.statusCode()).isEqualTo(200);
        assertThat(asParticipant.body()).isEqualTo(PDF);
        assertThat(asParticipant.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(asParticipant.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        assertThat(api.get("/api/v1/projects/" + id + "/documents", "ethiopia").body())
                .contains(sha);

        for (String outsider : Arrays.asList(null, "brazil", "secretariat")) {
            assertThat(download(id, doc, outsider).statusCode())
                    .as(String.valueOf(outsider))
                    .isIn(401, 404);
            assertThat(api.get("/api/v1/projects/" + id + "/documents", outsider)
                            .body())
                    .doesNotContain(sha);
        }
        assertThat(upload(id, "brazil", "x.pdf", PDF).status).isEqualTo(404);
    }

    @Test
    void onlyTheProjectsOwnPartiesAttachDocumentsToAPublicProject() throws Exception {
        String id = project("public");
        assertThat(upload(id, "brazil", "x.pdf", PDF).status).isEqualTo(403);
        assertThat(upload(id, "ethiopia", "notes.txt", "Réunion à Addis: 12 mai".getBytes(StandardCharsets.UTF_8))
                        .status)
                .isEqualTo(201);
        assertThat(download(
                                id,
                                docId(api.get("/api/v1/projects/" + id + "/documents")
                                        .body()),
                                null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void contentIsJudgedByItsBytesNotItsName() throws Exception {
        String id = project("public");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThat(upload(id, "china", "map.png", png).body).contains("image/png");
        assertThat(upload(id, "china", "plan.docx", zip("word/document.xml")).body)
                .contains("wordprocessingml");
        assertThat(upload(id, "china", "budget.xlsx", zip("xl/workbook.xml")).body)
                .contains("spreadsheetml");

        Upload disguised = upload(id, "china", "report.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertThat(disguised.status).isEqualTo(400);
        assertThat(disguised.body).contains("file").contains("allowed kinds");
        assertThat(upload(id, "china", "archive.docx", zip("other.txt")).status).isEqualTo(400);
        assertThat(upload(id, "china", "empty.txt", new byte[0]).status).isEqualTo(400);
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefused() throws Exception {
        String id = project("public");
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        Upload up = upload(id, "china", "big.txt", big);
        assertThat(up.status).isEqualTo(400);
        assertThat(up.body).contains("20 MB");
        assertThat(api.get("/api/v1/projects/" + id + "/documents").body()).doesNotContain("big.txt");
    }

    @Test
    void theAttachingPartysEditorRemovesADocumentWithItsFileAndOthersCannot() throws Exception {
        String id = project("participants");
        byte[] content = ("Minutes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Upload up = upload(id, "ethiopia", "minutes.txt", content);
        assertThat(up.status).as(up.body).isEqualTo(201);
        String doc = docId(up.body);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        java.nio.file.Path file = properties
                .dataDir()
                .resolve("documents")
                .resolve(sha.substring(0, 2))
                .resolve(sha);
        assertThat(file).exists();
        String path = "/api/v1/projects/" + id + "/documents/" + doc;

        assertThat(api.delete(path, "brazil").status()).isEqualTo(404);
        assertThat(api.delete(path, "china").status()).isEqualTo(403);
        assertThat(file).exists();

        assertThat(api.delete(path, "ethiopia").status()).isEqualTo(204);
        assertThat(file).doesNotExist();
        assertThat(download(id, doc, "ethiopia").statusCode()).isEqualTo(404);
        assertThat(api.delete(path, "ethiopia").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/audit?recordId=" + id, "secretariat").body())
                .contains("remove-document");
    }

    record Upload(int status, String body) {}

    /** A project of China with Ethiopia, proposed so that it leaves the draft that only China reads. */
    String project(String visibility) {
        String body = ProjectApiTests.project("Documents " + UUID.randomUUID(), visibility, "ETH");
        String id = api.post("/api/v1/projects", "china", body).json().get("id").asString();
        api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);
        return id;
    }

    Upload upload(String project, String user, String filename, byte[] content) throws Exception {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/projects/" + project + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            b.header("Authorization", "Bearer " + api.token(user));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Upload(r.statusCode(), r.body());
    }

    HttpResponse<byte[]> download(String project, String doc, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/projects/" + project + "/documents/" + doc));
        if (user != null) {
            b.header("Authorization", "Bearer " + api.token(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String docId(String json) {
        int i = json.indexOf("\"id\":\"") + 6;
        return json.substring(i, json.indexOf('"', i));
    }

    static byte[] zip(String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
