package org.gsi.screening.internal.matching;

import java.util.Optional;
import org.gsi.screening.internal.lists.EntryType;

/**
 * What is asked: a name with, where known, the type, a date of birth and a nationality (ISO alpha-3).
 *
 * @param nationalityAsked the nationality as the asker wrote it
 */
public record ScreeningQuery(
        String name,
        NormalizedName normalized,
        Optional<EntryType> type,
        Optional<BirthDateQuery> birthDate,
        Optional<String> nationality,
        String nationalityAsked) {

    public static ScreeningQuery of(
            NameNormalizer normalizer, String name, EntryType type, BirthDateQuery birthDate, String nationality) {
        String iso = Countries.shipped().resolve(nationality).orElse(null);
        return new ScreeningQuery(
                name,
                normalizer.normalize(name, type == EntryType.ORGANISATION),
                Optional.ofNullable(type),
                Optional.ofNullable(birthDate),
                Optional.ofNullable(iso),
                nationality == null ? "" : nationality.trim());
    }
}
