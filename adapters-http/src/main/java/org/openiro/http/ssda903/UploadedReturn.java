package org.openiro.http.ssda903;

import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.openiro.ssda903.Ssda903Upload;

/**
 * The SSDA903 files of one upload, kept on disk for as long as the import runs (it reads each file more than once)
 * and deleted when closed; each named in any problem as the data officer's own file, or after its part. The API and
 * the imports page both take files this way.
 */
public final class UploadedReturn implements AutoCloseable {

    private final List<Path> stored = new ArrayList<>();

    /** The files as the import takes them; {@code uasc} may be null. */
    public Ssda903Upload files(CompletedFileUpload header, CompletedFileUpload episodes, CompletedFileUpload reviews,
                               CompletedFileUpload uasc) {
        return new Ssda903Upload(part(header, "header"), part(episodes, "episodes"), part(reviews, "reviews"),
                uasc == null ? null : part(uasc, "uasc"));
    }

    private Ssda903Upload.Part part(CompletedFileUpload upload, String part) {
        try {
            Path file = Files.createTempFile("ssda903-" + part + "-", ".csv");
            stored.add(file);
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = upload.getFilename() == null || upload.getFilename().isBlank() ? part + ".csv"
                    : Path.of(upload.getFilename()).getFileName().toString();
            return new Ssda903Upload.Part(name, () -> Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("storing the " + part + " file", e);
        }
    }

    @Override
    public void close() {
        for (Path file : stored) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is removed with the system's temporary files.
            }
        }
    }
}
