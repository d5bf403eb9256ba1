package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

@PlatformTest
class ExportTests {

    @LocalServerPort
    int port;

    Api api;
    TextFlow flow;
    String id;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        flow = new TextFlow(api);
        id = flow.open("Statement exported " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "PP1", "Recalling the Charter of the United Nations,");
        flow.addParagraph(id, "OP1", "We welcome regular consultations.");
        flow.replace(id, "OP1", "china", 0, 11, 32, "annual consultations");
        flow.replace(id, "OP1", "kazakhstan", 1, 11, 32, "biannual consultations");
    }

    private byte[] download(String path, String user) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + api.token(user))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void docxCompilationContainsTheBracketedOptionsWithProposers() throws Exception {
        byte[] docx = download("/api/v1/texts/" + id + "/export/docx?mode=compilation", "kazakhstan");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("OP1. We welcome [Option 1: annual consultations (CHN)] / "
                            + "[Option 2: biannual consultations (KAZ)]")
                    .contains("PP1. Recalling the Charter");
        }
    }

    @Test
    void pdfCompilationContainsTheBracketedOptionsWithProposers() throws Exception {
        byte[] pdf = download("/api/v1/texts/" + id + "/export/pdf", "china");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("[Option 1: annual consultations (CHN)]")
                    .contains("[Option 2: biannual consultations (KAZ)]");
        }
    }

    @Test
    void cleanTextLeavesTheBracketsOut() throws Exception {
        byte[] pdf = download("/api/v1/texts/" + id + "/export/pdf?mode=clean", "china");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("We welcome regular consultations.").doesNotContain("[");
        }
    }

    @Test
    void akomaNtosoPutsPreambleAndOperativeParagraphsInTheirPlaces() throws Exception {
        byte[] xml = download("/api/v1/texts/" + id + "/export/akn", "china");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        String ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("akomaNtoso");
        assertThat(doc.getElementsByTagNameNS(ns, "preamble").item(0).getTextContent())
                .contains("Recalling the Charter");
        assertThat(doc.getElementsByTagNameNS(ns, "paragraph").item(0).getTextContent())
                .contains("[Option 1: annual consultations");
    }

    @Test
    void exportOfAnUnknownFormatIsRefused() {
        assertThat(api.get("/api/v1/texts/" + id + "/export/odt", "china").status())
                .isEqualTo(400);
    }
}
