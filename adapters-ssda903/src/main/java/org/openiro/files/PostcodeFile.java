package org.openiro.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openiro.children.GridReference;
import org.openiro.children.Postcode;
import org.openiro.children.PostcodeIndex;
import org.openiro.children.PostcodeLocation;
import org.openiro.children.port.out.PostcodeDirectory;

/**
 * The postcode directory from a CSV file the authority provides: the ONS Postcode Directory (ONSPD, published by the
 * ONS under the Open Government Licence) as it comes, or any file with a postcode column and National Grid
 * coordinates, of whole postcodes or of sectors. It is read when first needed (the ONSPD takes some seconds) into a
 * {@link PostcodeIndex}; its columns are checked when the service starts.
 *
 * <p>Columns, by name in any case: the postcode in {@code PCDS}, {@code PCD}, {@code PCD2} or {@code POSTCODE}; the
 * easting in {@code OSEAST1M} or {@code EASTING}; the northing in {@code OSNRTH1M} or {@code NORTHING}; and, when
 * there is one, the country in {@code CTRY} ({@code E92000001} England). Rows without coordinates (the ONSPD leaves
 * some postcodes unlocated, {@code OSGRDIND} 9) or with an unreadable postcode are passed over.
 */
public final class PostcodeFile implements PostcodeDirectory {

    private static final List<String> POSTCODE = List.of("PCDS", "PCD", "PCD2", "POSTCODE");
    private static final List<String> EASTING = List.of("OSEAST1M", "EASTING");
    private static final List<String> NORTHING = List.of("OSNRTH1M", "NORTHING");
    private static final String ENGLAND = "E92000001";

    private final Path file;
    private final String postcode;
    private final String easting;
    private final String northing;
    private final boolean country;
    private final CompletableFuture<PostcodeIndex> index = new CompletableFuture<>();
    private final AtomicBoolean reading = new AtomicBoolean();

    /** @throws IllegalStateException when the file cannot be read or lacks a column: said at start-up, not at import */
    public PostcodeFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("iro.postcodes.file: cannot read " + file);
        }
        this.file = file;
        List<String> columns = CsvTable.of(file).columns();
        postcode = column(columns, POSTCODE);
        easting = column(columns, EASTING);
        northing = column(columns, NORTHING);
        country = columns.contains("CTRY");
    }

    /**
     * Where the postcode lies. The first call reads the file, on a thread of its own: an import that is refused, and
     * its reading stopped, does not stop the directory's reading halfway for the next import to begin again.
     */
    @Override
    public Optional<PostcodeLocation> locate(Postcode code) {
        if (reading.compareAndSet(false, true)) {
            Thread reader = new Thread(() -> {
                try {
                    index.complete(read());
                } catch (RuntimeException | Error e) {
                    index.completeExceptionally(new IllegalStateException("iro.postcodes.file: reading " + file
                            + " failed", e));
                }
            }, "postcode-directory");
            reader.setDaemon(true);
            reader.start();
        }
        return index.join().locate(code);
    }

    private PostcodeIndex read() {
        PostcodeIndex.Builder builder = PostcodeIndex.builder();
        CsvTable.of(file).only(List.of(postcode, easting, northing, "CTRY", "OSGRDIND")).forEachRow(row -> {
            Optional<Postcode> code = Postcode.parse(row.get(postcode));
            String east = row.get(easting);
            String north = row.get(northing);
            if (code.isEmpty() || east.isEmpty() || north.isEmpty() || row.get("OSGRDIND").equals("9")) {
                return;
            }
            try {
                builder.add(code.get(), new GridReference(Double.parseDouble(east), Double.parseDouble(north)),
                        country && !row.get("CTRY").isEmpty() ? row.get("CTRY").equals(ENGLAND) : null);
            } catch (NumberFormatException unreadable) {
                // A row the directory could not locate either.
            }
        });
        return builder.build();
    }

    private String column(List<String> columns, List<String> names) {
        return names.stream().filter(columns::contains).findFirst().orElseThrow(() -> new IllegalStateException(
                "iro.postcodes.file: " + file + " has none of the columns " + String.join(", ", names)));
    }
}
