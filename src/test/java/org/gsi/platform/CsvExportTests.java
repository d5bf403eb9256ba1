package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvExportTests {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvExport csv = CsvExport.to(out, "a", "b", "c", "d", "e", "f", "g", "h", "i")) {
            csv.printRecord(
                    "=HYPERLINK(\"http://x\",\"y\")",
                    "+1+2",
                    "-2+3",
                    "@SUM(A1)",
                    "\tcmd",
                    "\rcmd",
                    "plain",
                    -12.5,
                    "-12.5");
        }
        var row = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(out.toString()))
                .getRecords()
                .get(1)
                .toList();
        assertThat(row)
                .containsExactly(
                        "'=HYPERLINK(\"http://x\",\"y\")",
                        "'+1+2",
                        "'-2+3",
                        "'@SUM(A1)",
                        "'\tcmd",
                        "'\rcmd",
                        "plain",
                        "-12.5",
                        "-12.5");
    }
}
