package org.gsi.registry;

import java.util.Map;

/**
 * A party as other modules see it.
 *
 * @param code ISO alpha-3 for countries and areas, a stable slug ({@code sco}, {@code au}) for the others
 * @param names the name in each of the six UN languages (ar, zh, en, fr, ru, es) that is known
 */
public record PartySummary(
        String code,
        PartyKind kind,
        String shortName,
        Map<String, String> names,
        String m49,
        String iso2,
        String iso3,
        String regionCode,
        String subregionCode,
        String intermediateRegionCode,
        boolean ldc,
        boolean lldc,
        boolean sids,
        String unStatus,
        String parentCode,
        String mechanismKind,
        String description,
        boolean demo,
        long version) {

    /** The name in {@code language}, or the English name when that language has none. */
    public String name(String language) {
        String n = names.get(language);
        return n == null || n.isBlank() ? names.getOrDefault("en", code) : n;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public String name() {
        return name("en");
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isCountry() {
        return kind == PartyKind.STATE || kind == PartyKind.TERRITORY;
    }
}
