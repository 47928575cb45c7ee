package org.openiro.children;

/**
 * A place on the Ordnance Survey's National Grid, in metres east and north of its origin: how the ONS postcode
 * directory locates every postcode ({@code oseast1m}, {@code osnrth1m}).
 */
public record GridReference(double easting, double northing) {

    /** Metres in a mile, as the DfE's guidance divides by (1,000 × 1.6093). */
    private static final double METRES_PER_MILE = 1609.3;

    /** The straight-line distance, in miles, as the DfE measures a placement's distance from home. */
    public double milesTo(GridReference other) {
        return Math.hypot(easting - other.easting, northing - other.northing) / METRES_PER_MILE;
    }
}
