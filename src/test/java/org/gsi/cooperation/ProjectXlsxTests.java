package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ProjectXlsxTests {

    @LocalServerPort
    int port;

    @Test
    void theListExportsAsAWorkbookWithNumbersForBudgets() throws Exception {
        Api api = new Api(port);
        String word = "Workbook" + UUID.randomUUID().toString().substring(0, 8);
        String id = api.post("/api/v1/projects", "china", ProjectApiTests.project(word, "public", "ETH"))
                .json()
                .get("id")
                .asString();
        api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);
        try (XSSFWorkbook book = workbook(port, "/api/v1/exports/projects.xlsx?lang=fr&q=" + word, null)) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("budget");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(id);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(word + " (fr)");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1250000.50);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("USD");
        }
    }

    /** Every cell of the first sheet as text, row by row; empty when the answer is not a workbook. */
    static String sheet(int port, String path, String user) {
        try (XSSFWorkbook book = workbook(port, path, user)) {
            List<String> cells = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
            return String.join("\n", cells);
        } catch (Exception e) {
            return "";
        }
    }

    static XSSFWorkbook workbook(int port, String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Bearer " + new Api(port).token(user));
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    }
}
