package org.gsi.screening.internal.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListEntry;

/** What of a listed entry beyond its names counts in a score: type, dates of birth, nationalities, countries. */
public record EntryFacts(
        EntryType type, List<ListEntry.BirthDate> birthDates, Set<String> nationalities, Set<String> countries) {

    public EntryFacts {
        birthDates = List.copyOf(birthDates);
        nationalities = Set.copyOf(nationalities);
        countries = Set.copyOf(countries);
    }

    public static EntryFacts of(ListEntry entry) {
        Countries countries = Countries.shipped();
        Set<String> nat = new LinkedHashSet<>();
        entry.nationalities().forEach(n -> countries.resolve(n).ifPresent(nat::add));
        Set<String> where = new LinkedHashSet<>();
        entry.addresses().forEach(a -> countries.resolve(a.country()).ifPresent(where::add));
        return new EntryFacts(entry.type(), entry.birthDates(), nat, where);
    }
}
