import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The composed query's data fetched straight from the services, as the gateway's plan does it: the event list, then
 * the claims and pledges of those events in parallel, then the claims' events it has not read yet. Runs N concurrent clients for a while
 * and prints the end-to-end latencies as JSON. It asks for the properties the composed query shows, as the gateway does
 * ({@code fields=}), so that both move the same data. Usage: java bench/DirectPath.java CONNECTIONS SECONDS [warm]
 * (warm: first run until the throughput is steady, unmeasured), or java bench/DirectPath.java serve, which reads one
 * request per line from standard input — {@code warm CONNECTIONS} or {@code CONNECTIONS SECONDS} — and answers each
 * with one line of JSON, so that its windows can be taken in turn with the gateway's in one warmed-up JVM.
 */
public class DirectPath {

    /** What the composed query shows of each record, and the keys that lead from one to the next. */
    static final String EVENT_FIELDS = "date,id,title";
    static final String CLAIM_FIELDS = "claimant,eventId,figure,id";
    static final String PLEDGE_FIELDS = "eventId,id,normalized,title,value";
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern EVENT_ID = Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("serve")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.trim().split(" ");
                if (words[0].equals("warm")) {
                    warm(Integer.parseInt(words[1]));
                    System.out.println("{\"warmed\":" + words[1] + "}");
                } else {
                    report(Integer.parseInt(words[0]), Long.parseLong(words[1]));
                }
                System.out.flush();
            }
            return;
        }
        int connections = Integer.parseInt(args[0]);
        long seconds = Long.parseLong(args[1]);
        if (args.length > 2 && args[2].equals("warm")) {
            warm(connections);
        }
        report(connections, seconds);
    }

    /**
     * Like the gateway, this client runs on a JIT: windows of 5 s until three in a row do not beat the best one before
     * them by 3% (after at least 30 s; at most 150 s), unmeasured.
     */
    static void warm(int connections) throws InterruptedException {
        double best = 0;
        int flat = 0;
        for (int spent = 5; spent <= 150; spent += 5) {
            double rps = run(connections, 5).size() / 5.0;
            flat = rps < 1.03 * best ? flat + 1 : 0;
            best = Math.max(best, rps);
            if (flat >= 3 && spent >= 30) {
                break;
            }
        }
    }

    static void report(int connections, long seconds) throws InterruptedException {
        List<Double> sorted = run(connections, seconds);
        Collections.sort(sorted);
        System.out.printf("{\"requests\":%d,\"rps\":%.2f,\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f}%n", sorted.size(),
                sorted.size() / (double) seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    /** N clients, each running the path back to back for the given time; the latencies in milliseconds. */
    static List<Double> run(int connections, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    path();
                    latencies.add((System.nanoTime() - start) / 1e6);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new ArrayList<>(latencies);
    }

    static void path() {
        String events = get("http://localhost:8081/api/events?limit=20&fields=" + EVENT_FIELDS);
        Set<String> listed = all(ID, events);
        String ids = String.join(",", listed);
        CompletableFuture<String> claims = getAsync(
                "http://localhost:8082/api/casualty-claims?limit=500&fields=" + CLAIM_FIELDS + "&eventId=" + ids);
        CompletableFuture<String> pledges = getAsync(
                "http://localhost:8083/api/aid-pledges?limit=500&fields=" + PLEDGE_FIELDS + "&eventId=" + ids);
        // The claims' events that were not listed (none, for claims of listed events), as the gateway asks.
        Set<String> claimEvents = all(EVENT_ID, claims.join());
        claimEvents.removeAll(listed);
        pledges.join();
        if (!claimEvents.isEmpty()) {
            get("http://localhost:8081/api/events?fields=" + EVENT_FIELDS + "&ids=" + String.join(",", claimEvents));
        }
    }

    static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static String get(String url) {
        return getAsync(url).join();
    }

    static CompletableFuture<String> getAsync(String url) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(url + " -> " + response.statusCode());
                    }
                    return response.body();
                });
    }

    static double at(List<Double> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
    }
}
