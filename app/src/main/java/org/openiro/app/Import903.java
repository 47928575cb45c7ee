package org.openiro.app;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.ssda903.ImportProblem;
import org.openiro.ssda903.ImportRefused;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;

/**
 * {@code ./iro import-903 --authority A header.csv episodes.csv reviews.csv [uasc.csv]}: loads an authority's history
 * from its SSDA903 files into the service's database (the one the service is configured with), all or nothing.
 * Every problem is printed with its file, row, column and DfE rule, and nothing is kept.
 */
public final class Import903 {

    private Import903() {
    }

    public static void main(String[] args) throws IOException {
        List<String> files = new ArrayList<>();
        String authority = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--authority") && i + 1 < args.length) {
                authority = args[++i];
            } else {
                files.add(args[i]);
            }
        }
        if (authority == null || files.size() < 3 || files.size() > 4) {
            System.err.println("usage: ./iro import-903 --authority CODE header.csv episodes.csv reviews.csv [uasc.csv]");
            System.exit(2);
        }
        Ssda903Upload set = new Ssda903Upload(part(files.get(0)), part(files.get(1)), part(files.get(2)),
                files.size() == 4 ? part(files.get(3)) : null);
        // Only the import: no relay, no scan, no demo; events it writes wait in the outbox for the service's relay.
        try (ApplicationContext context = ApplicationContext.run(Map.of("iro.relay.enabled", false,
                "iro.scan.enabled", false, "iro.demo.enabled", false))) {
            long started = System.nanoTime();
            ImportSsda903UseCase.Imported imported = context.getBean(ImportSsda903UseCase.class)
                    .importFiles(AuthorityCode.of(authority), set);
            System.out.printf("imported into %s: children %s, periods of care %s, placements %s, reviews %s%n",
                    authority, line(imported.children()), line(imported.periods()), line(imported.placements()),
                    line(imported.reviews()));
            System.out.printf("import took %.1f s; peak heap %d MB of %d MB%n", (System.nanoTime() - started) / 1e9,
                    peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } catch (ImportRefused refused) {
            for (ImportProblem p : refused.problems()) {
                System.err.printf("%s row %d%s%s: %s%n", p.file(), p.row(), p.field() == null ? "" : ", " + p.field(),
                        p.rule() == null ? "" : " (rule " + p.rule() + ")", p.message());
            }
            System.err.println(refused.getMessage());
            System.exit(1);
        } catch (org.openiro.shared.DomainException refused) {
            System.err.println("nothing was imported: " + refused.getMessage());
            System.exit(1);
        }
    }

    private static Ssda903Upload.Part part(String file) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            System.err.println("no such file: " + file);
            System.exit(2);
        }
        return new Ssda903Upload.Part(path.getFileName().toString(), () -> Files.newInputStream(path));
    }

    /** The most the heap held at once, over its pools: what a memory cap has to allow. */
    private static long peakHeap() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static String line(ImportSsda903UseCase.Counts counts) {
        return counts.created() + " new, " + counts.changed() + " changed, " + counts.unchanged() + " unchanged";
    }
}
