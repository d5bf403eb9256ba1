package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileNamesAndAddressesTests {

    @Test
    void bidiOverridesZeroWidthAndControlCharactersLeaveAFileName() {
        assertThat(FileNames.clean("invoice\u202Efdp.exe", "document")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.clean("a\u2066b\u2069c\u200Bd\uFEFFe\u0000f\r\ng\t.pdf", "document"))
                .isEqualTo("abcdefg.pdf");
        assertThat(FileNames.clean("..\\..\\etc/\"Work plan\".pdf", "document")).isEqualTo("Work plan.pdf");
        assertThat(FileNames.clean("\u202E", "document")).isEqualTo("document");
        assertThat(FileNames.clean("Réunion à Addis – 会议.pdf", "document")).isEqualTo("Réunion à Addis – 会议.pdf");
    }

    @Test
    void onlyHttpAddressesAreKeptAsLinks() {
        assertThat(WebAddresses.check("onlineUrl", " https://meet.example.org/r/42 "))
                .hasValue("https://meet.example.org/r/42");
        assertThat(WebAddresses.check("onlineUrl", "")).isEmpty();
        for (String bad : new String[] {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)",
            "//evil.example.org",
            "https:/no-host",
            "file:///etc/passwd"
        }) {
            assertThatThrownBy(() -> WebAddresses.check("onlineUrl", bad))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("onlineUrl:");
        }
    }
}
