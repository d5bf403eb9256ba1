package org.gsi.earlywarning;

/** A WGS84 point. Construction fails for latitudes outside [-90, 90] or longitudes outside [-180, 180]. */
public record Coordinates(double latitude, double longitude) {

    private static final double CELL = 0.5;
    private static final int COLUMNS = 720;
    private static final int ROWS = 360;

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude " + latitude + " is outside [-90, 90]");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude " + longitude + " is outside [-180, 180]");
        }
    }

    /**
     * The PRIO-GRID cell holding this point: {@code floor((lat+90)/0.5)*720 + floor((lon+180)/0.5) + 1}. Points on the
     * north pole or the antimeridian at +180 fall into the last row or column.
     */
    public int priogridGid() {
        int row = Math.min((int) Math.floor((latitude + 90) / CELL), ROWS - 1);
        int column = Math.min((int) Math.floor((longitude + 180) / CELL), COLUMNS - 1);
        return row * COLUMNS + column + 1;
    }
}
