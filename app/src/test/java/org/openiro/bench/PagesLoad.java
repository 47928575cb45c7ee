package org.openiro.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.openiro.app.support.ServiceProcess;
import org.openiro.app.support.Tokens;

/**
 * The {@code pages} benchmark (issue 17): each page a person works from, for a county the demo's size (1,000
 * children, 20 IROs, seeded as the worklist benchmark seeds it), under 20 users with a think time of 0.5–1.5 s, against
 * the same users on {@code GET /health}; target p95 &lt; 100 ms for every page. The report page is not here: it is held
 * to the report's own target ({@code report}).
 *
 * <p>Each page is driven on its own for {@code bench.duration} seconds (after {@code bench.warmup}), as a browser
 * asks for it: a {@code GET} with the session cookie, answered 200 with HTML (a redirect to sign in or a refusal
 * counts as a failure). IROs open their own worklist, their own children's pages and review forms; the manager opens
 * the start page, the children list, the dashboard, the IROs page and the alerts; an
 * administrator the imports page. The service runs from its jar on a database of its own, dropped at the end.
 *
 * <p>System properties: {@code bench.pageSeconds} (s, 20), {@code bench.pageWarmup} (s, 5), {@code bench.pageClients}
 * (20), {@code bench.children} (1000), {@code bench.iros} (20), {@code bench.pages} (a
 * comma-separated subset of the page names), {@code bench.port} (18496), {@code bench.db} ({@code iro_bench_pages}),
 * {@code bench.keep}.
 */
public final class PagesLoad {

    static final double TARGET_MS = 100;

    private final int duration = Integer.getInteger("bench.pageSeconds", 20);
    private final int warmup = Integer.getInteger("bench.pageWarmup", 5);
    private final int clients = Integer.getInteger("bench.pageClients", 20);
    private final int children = Integer.getInteger("bench.children", 1000);
    private final int iros = Integer.getInteger("bench.iros", 20);
    private static final int THINK_MS = 1000;
    private final List<String> only = List.of(System.getProperty("bench.pages", "").split(",")).stream()
            .map(String::trim).filter(p -> !p.isEmpty()).toList();
    private final LocalDate today = LocalDate.now();


    /** A page by the name the figures give it, and the request a user makes for it. */
    private record Page(String name, IntFunction<HttpRequest> request) {
    }

    private PagesLoad() {
    }

    public static void main(String[] args) throws Exception {
        new PagesLoad().run();
    }

    private void run() throws Exception {
        try (BenchHttp benchHttp = new BenchHttp();
             BenchService service = BenchService.start("pages", 18496, benchHttp.client())) {
            HttpClient http = benchHttp.client();
            URI base = service.base();
            BenchCounty county = new BenchCounty(children, iros, 8, today);
            long seedStart = System.nanoTime();
            BenchCounty.Seeded seeded = county.seed(new BenchApi(http, base, BenchAuthority.adminToken()));
            System.out.printf("seeded in %.1f s: %d children in care, %d with reviews, %d IROs%n",
                    (System.nanoTime() - seedStart) / 1e9, seeded.children(), seeded.childrenWithReviews(), iros);
            service.database().analyze();

            List<Page> pages = pages(base, county);
            for (Page page : pages) {
                check(http, page);
            }
            HttpRequest healthRequest = HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            LoadDriver driver = new LoadDriver(http, clients, warmup, duration);
            System.out.printf("%nload: %d users, think time about %d ms, %d s warm-up then %d s measured, each page"
                    + " on its own%n", clients, THINK_MS, warmup, duration);
            List<LoadDriver.Result> results = new ArrayList<>();
            for (Page page : pages) {
                results.add(driver.drive(page.name(), THINK_MS, client -> page.request().apply(client)));
            }
            LoadDriver.Result health = driver.drive("health", THINK_MS, client -> healthRequest);

            System.out.println();
            for (int i = 0; i < pages.size(); i++) {
                LoadDriver.Result page = results.get(i);
                System.out.println(page.line());
                double ratio = page.p95() / health.p95();
                BenchResult.print("page: " + pages.get(i).name() + ", " + clients + " users",
                        String.format("p95 %.1f ms (%.0f req/s)", page.p95(), page.perSecond()),
                        String.format("/health p95 %.1f ms", health.p95()), String.format("%.1f", ratio),
                        String.format("p95 < %.0f ms", TARGET_MS), page.p95() < TARGET_MS && page.failures() == 0);
                if (page.failures() > 0) {
                    System.out.printf("WARNING: %d requests for %s failed (first: %s)%n", page.failures(),
                            pages.get(i).name(), page.firstFailure());
                }
            }
            System.out.println(health.line());
        }
    }

    /** The pages, each as the person who works from it asks for it. */
    private List<Page> pages(URI base, BenchCounty county) {
        String authority = "/authorities/" + BenchAuthority.CODE;
        String[] iroCookies = new String[iros];
        for (int i = 0; i < iros; i++) {
            iroCookies[i] = BenchAuthority.iroToken(BenchAuthority.iroId(i));
        }
        String manager = Tokens.mint("bench-manager", List.of("manager"), List.of(BenchAuthority.CODE), null, null,
                ServiceProcess.SECRET, Instant.now().plus(Duration.ofHours(2)));
        String admin = BenchAuthority.adminToken();
        List<Page> all = List.of(
                new Page("worklist", c -> {
                    int iro = ThreadLocalRandom.current().nextInt(iros);
                    return get(base, authority + "/iros/" + BenchAuthority.iroId(iro) + "/worklist", iroCookies[iro]);
                }),
                new Page("child", c -> {
                    int child = ThreadLocalRandom.current().nextInt(children);
                    return get(base, authority + "/children/" + BenchAuthority.childId(child),
                            iroCookies[child % iros]);
                }),
                new Page("review form", c -> {
                    int child = ThreadLocalRandom.current().nextInt(children);
                    return get(base, authority + "/children/" + BenchAuthority.childId(child) + "/reviews/new",
                            iroCookies[child % iros]);
                }),
                new Page("children", c -> get(base, authority + "/children", manager)),
                new Page("start", c -> get(base, authority, manager)),
                new Page("dashboard", c -> get(base, authority + "/dashboard", manager)),
                new Page("iros", c -> get(base, authority + "/iros", manager)),
                new Page("alerts", c -> get(base, authority + "/alerts", manager)),
                new Page("imports", c -> get(base, authority + "/imports/new", admin)));
        return all.stream().filter(p -> only.isEmpty() || only.contains(p.name())).toList();
    }

    private static HttpRequest get(URI base, String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "iro_token=" + token)
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Each page once before the load, so a page that does not answer 200 with HTML stops the run with why. */
    private static void check(HttpClient http, Page page) throws Exception {
        HttpRequest request = page.request().apply(0);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("<h1")) {
            throw new IllegalStateException(page.name() + " (" + request.uri().getPath() + ") answered "
                    + response.statusCode() + " " + response.body().substring(0, Math.min(500, response.body().length())));
        }
        System.out.printf("%s: %s, %.1f KB%n", page.name(), request.uri().getPath(), response.body().length() / 1024.0);
    }
}
