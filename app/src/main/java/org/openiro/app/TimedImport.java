package org.openiro.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.openiro.authority.AuthorityCode;
import org.openiro.ssda903.ImportRefused;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SSDA903 import, timed by its outcome ({@code iro_import_duration_seconds{outcome=imported|refused|failed}})
 * and logged in one line, with counts only: the files' children are never named in the log.
 */
final class TimedImport implements ImportSsda903UseCase {

    private static final Logger LOG = LoggerFactory.getLogger(TimedImport.class);

    private final ImportSsda903UseCase imports;
    private final MeterRegistry metrics;

    TimedImport(ImportSsda903UseCase imports, MeterRegistry metrics) {
        this.imports = imports;
        this.metrics = metrics;
    }

    @Override
    public Imported importFiles(AuthorityCode authority, Ssda903Upload files) {
        Timer.Sample started = Timer.start(metrics);
        String outcome = "failed";
        try {
            Imported imported = imports.importFiles(authority, files);
            outcome = "imported";
            LOG.info("SSDA903 import: children {}, periods {}, placements {}, reviews {} (created/changed/unchanged)",
                    counts(imported.children()), counts(imported.periods()), counts(imported.placements()),
                    counts(imported.reviews()));
            return imported;
        } catch (ImportRefused refused) {
            outcome = "refused";
            LOG.info("SSDA903 import refused: {} problems in the files", refused.problems().size());
            throw refused;
        } finally {
            long nanos = started.stop(Timer.builder("iro.import.duration")
                    .description("SSDA903 imports, from the files received to the answer").tag("outcome", outcome)
                    .register(metrics));
            LOG.debug("SSDA903 import took {} ms", nanos / 1_000_000);
        }
    }

    private static String counts(Counts c) {
        return c.created() + "/" + c.changed() + "/" + c.unchanged();
    }
}
