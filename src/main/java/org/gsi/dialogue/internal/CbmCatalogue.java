package org.gsi.dialogue.internal;

import java.util.List;
import java.util.Optional;
import org.gsi.dialogue.CbmDimension;

/**
 * The catalogue of confidence-building measures, in the five dimensions under which CICA's
 * Catalogue of Confidence Building Measures (2004) groups them.
 */
final class CbmCatalogue {

    private static final List<CatalogueEntry> ENTRIES = List.of(
            entry("MP-1", CbmDimension.MILITARY_POLITICAL, "Exchange of information on armed forces and armaments"),
            entry("MP-2", CbmDimension.MILITARY_POLITICAL, "Prior notification of major military exercises"),
            entry("MP-3", CbmDimension.MILITARY_POLITICAL, "Invitation of observers to military exercises"),
            entry("MP-4", CbmDimension.MILITARY_POLITICAL, "Exchange of visits between military academies"),
            entry("NT-1", CbmDimension.NEW_CHALLENGES_AND_THREATS, "Exchange of information on terrorist threats"),
            entry("NT-2", CbmDimension.NEW_CHALLENGES_AND_THREATS, "Joint action against illicit drug trafficking"),
            entry("NT-3", CbmDimension.NEW_CHALLENGES_AND_THREATS, "Cooperation in border security and management"),
            entry("EC-1", CbmDimension.ECONOMIC, "Exchange of information on trade and investment conditions"),
            entry("EC-2", CbmDimension.ECONOMIC, "Cooperation in transport corridors and customs procedures"),
            entry("EN-1", CbmDimension.ENVIRONMENTAL, "Early notification of natural and man-made disasters"),
            entry("EN-2", CbmDimension.ENVIRONMENTAL, "Joint monitoring of transboundary rivers and ecosystems"),
            entry("HU-1", CbmDimension.HUMAN, "Cultural, educational and youth exchanges"),
            entry("HU-2", CbmDimension.HUMAN, "Cooperation in tourism and people-to-people contacts"));

    private CbmCatalogue() {}

    private static CatalogueEntry entry(String code, CbmDimension dimension, String title) {
        return new CatalogueEntry(code, dimension, title);
    }

    static List<CatalogueEntry> entries() {
        return ENTRIES;
    }

    static List<CatalogueEntry> in(CbmDimension dimension) {
        return ENTRIES.stream().filter(e -> e.dimension() == dimension).toList();
    }

    static Optional<CatalogueEntry> find(String code) {
        return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
