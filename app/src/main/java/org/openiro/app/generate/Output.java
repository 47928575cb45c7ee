package org.openiro.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openiro.app.generate.ApiCalls.ApiCall;

/**
 * Generated authorities as files, one folder each: the SSDA903 files, which {@code ./iro import-903} and
 * {@code POST …/imports/ssda903} load, and {@code requests.jsonl}, every HTTP request that records the authority in
 * full, one a line: {@code {"stream", "method", "path", "body", "saveAs"}}. Requests of one stream (a child) are sent
 * in order; {@code {{name}}} in a path or body stands for the id the service gave the request saved as {@code name}
 * (the last part of its {@code Location}).
 */
public final class Output {

    private Output() {
    }

    public record Written(int authorities, int children, int episodes, int reviews, int uasc, long requests) {
    }

    public static Written write(Generator generator, Path dir) throws IOException {
        int children = 0;
        int episodes = 0;
        int reviews = 0;
        int uasc = 0;
        long requests = 0;
        List<String> codes = generator.codes();
        for (int i = 0; i < codes.size(); i++) {
            Synthetic.Authority authority = generator.authority(i);
            Path folder = dir.resolve(authority.code());
            Ssda903Files.Written files = Ssda903Files.write(authority, generator.settings().today(), folder);
            children += files.children();
            episodes += files.episodes();
            reviews += files.reviews();
            uasc += files.uasc();
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("requests.jsonl"), StandardCharsets.UTF_8)) {
                for (ApiCall call : Load.calls(authority)) {
                    out.write(Json.write(Json.object("stream", call.stream(), "method", call.method(), "path",
                            call.path(), "saveAs", call.saveAs())).replaceFirst("}$", "")
                            + ", \"body\": " + call.body() + "}\n");
                    requests++;
                }
            }
        }
        return new Written(codes.size(), children, episodes, reviews, uasc, requests);
    }
}
