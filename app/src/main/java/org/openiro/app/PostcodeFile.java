package org.openiro.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.children.GridReference;
import org.openiro.children.Postcode;
import org.openiro.children.port.out.PostcodeDirectory;
import org.openiro.ssda903.CsvTable;

/**
 * The postcode directory from a CSV file the authority provides: the ONS Postcode Directory (ONSPD, published by the
 * ONS under the Open Government Licence) as it comes, or any file with a postcode column and National Grid
 * coordinates, whole postcodes or sectors. The service needs no more than a point for each sector, so the file is read
 * once, when first asked, into the middle (the mean) of each sector's postcodes and of each district's; the ONSPD's 2.7
 * million rows become some 12,000 sectors.
 *
 * <p>Columns, by name in any case: the postcode in {@code PCDS}, {@code PCD}, {@code PCD2} or {@code POSTCODE}; the
 * easting in {@code OSEAST1M} or {@code EASTING}; the northing in {@code OSNRTH1M} or {@code NORTHING}. Rows without
 * coordinates (the ONSPD leaves some postcodes unlocated) or with an unreadable postcode are passed over.
 */
final class PostcodeFile implements PostcodeDirectory {

    private static final List<String> POSTCODE = List.of("PCDS", "PCD", "PCD2", "POSTCODE");
    private static final List<String> EASTING = List.of("OSEAST1M", "EASTING");
    private static final List<String> NORTHING = List.of("OSNRTH1M", "NORTHING");

    private final Path file;
    private volatile Map<String, GridReference> points;

    /** @throws IllegalStateException when the file cannot be read: better said at start-up than at an import */
    PostcodeFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("iro.postcodes.file: cannot read " + file);
        }
        this.file = file;
    }

    @Override
    public Optional<GridReference> locate(Postcode postcode) {
        Map<String, GridReference> known = points();
        GridReference point = known.get(postcode.sector());
        return Optional.ofNullable(point != null ? point : known.get(postcode.district() + "*"));
    }

    private Map<String, GridReference> points() {
        Map<String, GridReference> known = points;
        if (known == null) {
            synchronized (this) {
                if (points == null) {
                    points = read();
                }
                known = points;
            }
        }
        return known;
    }

    /** Sectors under their own code; districts under theirs with a {@code *}, which no sector code has. */
    private Map<String, GridReference> read() {
        CsvTable table = CsvTable.of(file);
        List<String> columns = table.columns();
        String postcode = column(columns, POSTCODE);
        String easting = column(columns, EASTING);
        String northing = column(columns, NORTHING);
        Map<String, double[]> sums = new HashMap<>();
        table.forEachRow(row -> {
            Optional<Postcode> code = Postcode.parse(row.get(postcode));
            String east = row.get(easting);
            String north = row.get(northing);
            if (code.isEmpty() || east.isEmpty() || north.isEmpty()) {
                return;
            }
            double e;
            double n;
            try {
                e = Double.parseDouble(east);
                n = Double.parseDouble(north);
            } catch (NumberFormatException unreadable) {
                return;
            }
            for (String key : List.of(code.get().sector(), code.get().district() + "*")) {
                double[] sum = sums.computeIfAbsent(key, k -> new double[3]);
                sum[0] += e;
                sum[1] += n;
                sum[2]++;
            }
        });
        Map<String, GridReference> middles = new HashMap<>();
        sums.forEach((key, sum) -> middles.put(key, new GridReference(sum[0] / sum[2], sum[1] / sum[2])));
        return Map.copyOf(middles);
    }

    private String column(List<String> columns, List<String> names) {
        return names.stream().filter(columns::contains).findFirst().orElseThrow(() -> new IllegalStateException(
                "iro.postcodes.file: " + file + " has none of the columns " + String.join(", ", names)));
    }
}
