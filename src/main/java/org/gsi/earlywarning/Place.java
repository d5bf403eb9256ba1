package org.gsi.earlywarning;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened: country as ISO 3166-1 alpha-3, first and second administrative level and a place name
 * (empty strings when the source does not give them), and the point when it is known.
 */
public record Place(String country, String admin1, String admin2, String name, Optional<Coordinates> coordinates) {

    public Place {
        Objects.requireNonNull(country, "country");
        if (country.length() != 3) {
            throw new IllegalArgumentException("country must be an ISO alpha-3 code, was '" + country + "'");
        }
        admin1 = admin1 == null ? "" : admin1;
        admin2 = admin2 == null ? "" : admin2;
        name = name == null ? "" : name;
        Objects.requireNonNull(coordinates, "coordinates");
    }

    /** The PRIO-GRID cell of the point, when the point is known. */
    public Optional<Integer> priogridGid() {
        return coordinates.map(Coordinates::priogridGid);
    }
}
