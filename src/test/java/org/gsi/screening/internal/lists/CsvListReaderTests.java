package org.gsi.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvListReaderTests {

    static ParsedList read(String csv) {
        return new CsvListReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNationalListInCsvIsReadWithItsSeveralValuesAndBadRowsReported() {
        ParsedList list = read("""
                reference,type,name,aliases,original_script_name,birth_dates,nationalities,source
                N-1,person,Wang Jianguo,Wang Chien-kuo|W. Jianguo,王建国,1971-04-12|~1972,China,ministry
                N-2,organisation,Eastern Horizon Trading Co.,,,,,
                N-3,alien,Nobody,,,,,
                ,person,No Reference,,,,,
                N-1,person,Twice,,,,,
                N-4,person,,,,,,
                """);
        assertThat(list.entries()).extracting(ListEntry::reference).containsExactly("N-1", "N-2");
        ListEntry wang = list.entries().get(0);
        assertThat(wang.aliases()).extracting(ListEntry.Alias::name).containsExactly("Wang Chien-kuo", "W. Jianguo");
        assertThat(wang.originalScriptName()).isEqualTo("王建国");
        assertThat(wang.birthDates())
                .extracting(ListEntry.BirthDate::typeOfDate)
                .containsExactly("EXACT", "APPROXIMATELY");
        assertThat(wang.other()).containsKey("source");
        assertThat(list.entries().get(1).type()).isEqualTo(EntryType.ORGANISATION);
        assertThat(list.rejected())
                .extracting(ParsedList.Problem::line, ParsedList.Problem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "bad-type"),
                        org.assertj.core.groups.Tuple.tuple(5, "no-key"),
                        org.assertj.core.groups.Tuple.tuple(6, "duplicate-reference"),
                        org.assertj.core.groups.Tuple.tuple(7, "no-name"));
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsRefusedWhole() {
        assertThatThrownBy(() -> read("id,full_name\n1,Someone\n"))
                .isInstanceOf(MalformedListException.class)
                .hasMessageContaining("reference");
    }
}
