package org.gsi.earlywarning.internal.indicators;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One admin1 unit per region whatever the source calls it: UCDP names a division with its type (Aleppo governorate,
 * Vakaga province), ACLED and incident reports without it (Aleppo). The unit of an admin1 name is the name with
 * runs of white space made single and a trailing type word removed: governorate, province, prefecture, region,
 * state, district, department, county, oblast or municipality, in any case, when a name remains and the whole is not
 * a proper name that ends in such a word (Free State). The event keeps the name as the source gave it; only the
 * rollup unit is reconciled. Migration V38 re-keys stored rollups with the same rule.
 */
public final class Admin1Names {

    private static final Pattern TYPE_SUFFIX = Pattern.compile(
            "\\s+(governorate|province|prefecture|region|state|district|department|county|oblast|municipality)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PROPER_NAMES = Set.of("free state");

    private Admin1Names() {}

    /** The reconciled name of a division. */
    public static String reconcile(String admin1) {
        String name = admin1.trim().replaceAll("\\s+", " ");
        if (PROPER_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        String stripped = TYPE_SUFFIX.matcher(name).replaceFirst("");
        return stripped.isBlank() ? name : stripped;
    }

    /** The admin1 unit of a country's division, e.g. {@code SYR/Aleppo}. */
    public static String unit(String country, String admin1) {
        return country + "/" + reconcile(admin1);
    }
}
