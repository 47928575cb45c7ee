package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code app/import-903.jvm}, the JVM options {@code ./iro import-903} (and the import benchmark) start the import
 * with: a JVM starts with them, and its heap is the 512 MB the import is promised to fit in. A mistyped option would
 * otherwise be found by an administrator, as a JVM that will not start.
 */
class ImportJvmOptionsTest {

    @Test
    void the_import_starts_in_a_jvm_capped_at_512_mb() throws IOException, InterruptedException {
        Path options = Path.of("import-903.jvm").toAbsolutePath();
        assertThat(options).isRegularFile();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(java.toString(), "@" + options, "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("size_t MaxHeapSize\\s+= " + (512L << 20) + "\\s");
    }
}
