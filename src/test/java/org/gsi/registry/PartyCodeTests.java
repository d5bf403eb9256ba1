package org.gsi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gsi.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class PartyCodeTests {

    @Test
    void everyPartyTheRegistryShipsHasAPartyCode() throws IOException {
        List<String> codes = new ArrayList<>();
        for (CSVRecord row : read("registry/UNSD-M49-en.csv")) {
            codes.add(row.get("ISO-alpha3 Code"));
        }
        for (CSVRecord row : read("registry/organisations.csv")) {
            codes.add(row.get("code"));
        }

        assertThat(codes)
                .hasSizeGreaterThan(270)
                .allSatisfy(code -> assertThat(PartyCode.of(code).value()).isEqualTo(code));
    }

    @Test
    void caseBelongsToTheCodeSoAnOrganisationIsNeverTakenForAState() {
        assertThat(PartyCode.of("sco")).isNotEqualTo(PartyCode.of("KAZ"));
        assertThat(PartyCode.of("sco").value()).isEqualTo("sco");
        assertThat(PartyCode.of("china-central-asia").value()).isEqualTo("china-central-asia");

        for (String wrong : List.of("SCO-1", "chn ", "Kz", "KAZA", " ", "", "-au", "a")) {
            assertThatThrownBy(() -> PartyCode.of(wrong))
                    .as(wrong)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field())
                    .isEqualTo("party");
        }
        assertThatThrownBy(() -> PartyCode.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theReasonIsAMessageOfTheBundles() {
        assertThatThrownBy(() -> PartyCode.of("Kz")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.words().key()).isEqualTo("registry.partyCode.invalid");
            assertThat(e.words().args()).containsExactly("Kz");
        });
    }

    private static Iterable<CSVRecord> read(String resource) throws IOException {
        Reader reader = new InputStreamReader(
                Objects.requireNonNull(PartyCodeTests.class.getResourceAsStream("/" + resource), resource),
                StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(reader)
                .getRecords();
    }
}
