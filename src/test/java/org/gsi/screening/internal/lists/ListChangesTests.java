package org.gsi.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListChangesTests {

    static ListEntry entry(String reference, String name, String comments, int line) {
        return new ListEntry(
                reference,
                EntryType.PERSON,
                "",
                "",
                List.of(name),
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Al-Qaida",
                List.of(),
                "2001-01-01",
                List.of(),
                comments,
                "",
                Map.of(),
                line);
    }

    @Test
    void aNewVersionIsComparedEntryByEntryByReferenceNumber() {
        Map<String, ListEntry> current = new LinkedHashMap<>();
        current.put("A", entry("A", "ALPHA", "", 3));
        current.put("B", entry("B", "BRAVO", "", 4));
        current.put("C", entry("C", "CHARLIE", "", 5));
        List<ListEntry> incoming = List.of(
                entry("A", "ALPHA", "", 9),
                entry("B", "BRAVO", "Review concluded", 10),
                entry("D", "DELTA", "", 11),
                entry("E", "ECHO", "", 12));

        ListChanges changes = ListChanges.between(current, Set.of("E"), incoming);

        assertThat(changes.unchanged())
                .extracting(ListEntry::reference)
                .as("a move in the file is no change")
                .containsExactly("A");
        assertThat(changes.amended()).singleElement().satisfies(a -> {
            assertThat(a.after().reference()).isEqualTo("B");
            assertThat(a.fields()).containsExactly("comments");
        });
        assertThat(changes.added()).extracting(ListEntry::reference).containsExactly("D");
        assertThat(changes.relisted()).extracting(ListEntry::reference).containsExactly("E");
        assertThat(changes.removed()).extracting(ListEntry::reference).containsExactly("C");
    }
}
