package org.gsi.earlywarning;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened: country as ISO 3166-1 alpha-3, first and second administrative level and a place name
 * (empty strings when the source does not give them), the point when it is known, and its PRIO-GRID cell: the cell
 * the source states when it states one, otherwise the cell computed from the point.
 */
public record Place(
        String country,
        String admin1,
        String admin2,
        String name,
        Optional<Coordinates> coordinates,
        Optional<Integer> cell) {

    /** The last PRIO-GRID cell id (360 rows of 720 columns of 0.5 degrees). */
    public static final int LAST_CELL = 259_200;

    public Place {
        Objects.requireNonNull(country, "country");
        if (country.length() != 3) {
            throw new IllegalArgumentException("country must be an ISO alpha-3 code, was '" + country + "'");
        }
        admin1 = admin1 == null ? "" : admin1;
        admin2 = admin2 == null ? "" : admin2;
        name = name == null ? "" : name;
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(cell, "cell");
        if (cell.isPresent() && (cell.get() < 1 || cell.get() > LAST_CELL)) {
            throw new IllegalArgumentException("PRIO-GRID cell " + cell.get() + " is outside 1.." + LAST_CELL);
        }
        cell = cell.isPresent() ? cell : coordinates.map(Coordinates::priogridGid);
    }

    /** A place whose cell is computed from its point. */
    public Place(String country, String admin1, String admin2, String name, Optional<Coordinates> coordinates) {
        this(country, admin1, admin2, name, coordinates, Optional.empty());
    }

    /** The PRIO-GRID cell of the place: as stated by the source, or computed from the point; empty without either. */
    public Optional<Integer> priogridGid() {
        return cell;
    }
}
