package org.openiro.children;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openiro.children.port.out.PostcodeDirectory;

/**
 * The ONS postcode directory held for lookups: each whole postcode where the directory places it, and each sector at
 * the middle (the mean) of its postcodes, for a return that gives sectors or a postcode newer than the directory.
 * Northern Ireland's postcodes are left out: the directory places them on the Irish Grid, and a distance between the
 * two grids means nothing. The ONSPD's 2.7 million postcodes are held in sorted arrays, about 45 MB, not as objects
 * (building them takes about 140 MB for a moment).
 */
public final class PostcodeIndex implements PostcodeDirectory {

    /** The characters of a postcode, each a digit from 1 to 36 of a number base 37 (0 pads a short outward code). */
    private static final String CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int INDEX_BITS = 22;

    private final long[] keys;
    private final int[] eastings;
    private final int[] northings;
    private final byte[] england;
    private final Map<Postcode, PostcodeLocation> sectors;

    private PostcodeIndex(long[] keys, int[] eastings, int[] northings, byte[] england,
                          Map<Postcode, PostcodeLocation> sectors) {
        this.keys = keys;
        this.eastings = eastings;
        this.northings = northings;
        this.england = england;
        this.sectors = sectors;
    }

    @Override
    public Optional<PostcodeLocation> locate(Postcode postcode) {
        if (!postcode.isSector()) {
            int at = Arrays.binarySearch(keys, key(postcode));
            if (at >= 0) {
                return Optional.of(new PostcodeLocation(new GridReference(eastings[at], northings[at]),
                        inEngland(england[at])));
            }
        }
        return Optional.ofNullable(sectors.get(postcode.sector()));
    }

    public int size() {
        return keys.length;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Takes the directory's rows one by one, in any order. */
    public static final class Builder {
        private long[] keys = new long[1 << 16];
        private int[] eastings = new int[1 << 16];
        private int[] northings = new int[1 << 16];
        private byte[] england = new byte[1 << 16];
        private int size;
        private final Map<Postcode, double[]> sectorSums = new HashMap<>();

        private Builder() {
        }

        /**
         * A postcode (or a sector) where the directory places it.
         *
         * @param inEngland null when the directory does not say
         */
        public Builder add(Postcode postcode, GridReference point, Boolean inEngland) {
            if (postcode.inNorthernIreland()) {
                return this;
            }
            double[] sum = sectorSums.computeIfAbsent(postcode.sector(), s -> new double[5]);
            sum[0] += point.easting();
            sum[1] += point.northing();
            sum[2]++;
            if (inEngland != null) {
                sum[inEngland ? 3 : 4]++;
            }
            if (!postcode.isSector()) {
                if (size == keys.length) {
                    grow();
                }
                if (size == 1 << INDEX_BITS) {
                    throw new IllegalStateException("more than " + (1 << INDEX_BITS) + " postcodes");
                }
                keys[size] = key(postcode);
                eastings[size] = (int) Math.round(point.easting());
                northings[size] = (int) Math.round(point.northing());
                england[size] = inEngland == null ? 2 : inEngland ? (byte) 1 : 0;
                size++;
            }
            return this;
        }

        private void grow() {
            keys = Arrays.copyOf(keys, size * 2);
            eastings = Arrays.copyOf(eastings, size * 2);
            northings = Arrays.copyOf(northings, size * 2);
            england = Arrays.copyOf(england, size * 2);
        }

        /** The index; a postcode the directory lists twice keeps its first place. */
        public PostcodeIndex build() {
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = keys[i] << INDEX_BITS | i;
            }
            Arrays.sort(order);
            long[] sortedKeys = new long[size];
            int[] sortedEastings = new int[size];
            int[] sortedNorthings = new int[size];
            byte[] sortedEngland = new byte[size];
            int n = 0;
            for (long entry : order) {
                long key = entry >>> INDEX_BITS;
                if (n > 0 && sortedKeys[n - 1] == key) {
                    continue;
                }
                int i = (int) (entry & ((1 << INDEX_BITS) - 1));
                sortedKeys[n] = key;
                sortedEastings[n] = eastings[i];
                sortedNorthings[n] = northings[i];
                sortedEngland[n] = england[i];
                n++;
            }
            Map<Postcode, PostcodeLocation> sectors = new HashMap<>();
            sectorSums.forEach((sector, sum) -> sectors.put(sector, new PostcodeLocation(
                    new GridReference(sum[0] / sum[2], sum[1] / sum[2]),
                    sum[3] + sum[4] == 0 ? null : sum[3] >= sum[4])));
            if (n < size) {
                sortedKeys = Arrays.copyOf(sortedKeys, n);
                sortedEastings = Arrays.copyOf(sortedEastings, n);
                sortedNorthings = Arrays.copyOf(sortedNorthings, n);
                sortedEngland = Arrays.copyOf(sortedEngland, n);
            }
            return new PostcodeIndex(sortedKeys, sortedEastings, sortedNorthings, sortedEngland, Map.copyOf(sectors));
        }
    }

    private static Boolean inEngland(byte flag) {
        return flag == 2 ? null : flag == 1;
    }

    /** A whole postcode as one number: its outward code padded to four characters, then its three inward ones. */
    private static long key(Postcode postcode) {
        String compact = " ".repeat(4 - postcode.outward().length()) + postcode.outward() + postcode.inward();
        long key = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            key = key * 37 + (c == ' ' ? 0 : CHARACTERS.indexOf(c) + 1);
        }
        return key;
    }
}
