package org.openiro.ssda903;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A return's files as they were sent: each with the name the data officer knows it by (problems name it) and its
 * bytes, which the import reads from the start as often as it needs
 * ({@link org.openiro.ssda903.port.out.Ssda903Reader} reads them).
 *
 * @param uasc the optional UASC file, or null
 */
public record Ssda903Upload(Part header, Part episodes, Part reviews, Part uasc) {

    public Ssda903Upload(Part header, Part episodes, Part reviews) {
        this(header, episodes, reviews, null);
    }

    /** One file: its name, and its bytes from the start each time they are opened. */
    public record Part(String file, Content content) {

        /** A file whose whole text is at hand (small files, tests), as UTF-8. */
        public static Part text(String file, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Part(file, () -> new ByteArrayInputStream(bytes));
        }
    }

    /** Opens a file's bytes from the start. */
    public interface Content {
        InputStream open() throws IOException;
    }
}
