package org.warledger.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server audit of the npm package graphql-http (the reference checks of the GraphQL-over-HTTP spec), run by Node
 * against this test's gateway with {@code src/test/audit/graphql-http-audit.mjs}. Any failing MUST or SHOULD fails the
 * build. {@code .ci/run} installs the package; without it the test installs it with npm.
 */
@QuarkusTest
class GraphQlHttpAuditTest {

    static final Path MODULES = Path.of("target", "audit", "node_modules");
    static final String INSTALL = "npm install --prefix gateway/target/audit --no-save graphql-http@1.23.1 graphql@16";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void theGraphQlOverHttpAuditFindsNoMustOrShouldFailure() throws IOException, InterruptedException {
        // The build needs only a JDK and Maven; the audit needs Node too, which CI and this project's machines have.
        Assumptions.assumeTrue(runs("node", "--version"),
                "the GraphQL-over-HTTP audit needs Node 20 or later on the PATH; it was not run");
        if (!Files.isDirectory(MODULES.resolve("graphql-http"))) {
            assertTrue(
                    runs("npm", "install", "--prefix", MODULES.getParent().toString(), "--no-save", "--no-audit",
                            "--no-fund", "graphql-http@1.23.1", "graphql@16"),
                    "the npm package graphql-http could not be installed: run `" + INSTALL
                            + "` from the repository root (.ci/run does)");
        }
        Process node;
        try {
            node = new ProcessBuilder("node", Path.of("src", "test", "audit", "graphql-http-audit.mjs").toString(),
                    endpoint.toString(), MODULES.toAbsolutePath().toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("node could not be started: the audit needs Node 20 or later on the PATH", e);
        }
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(2, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            fail("the audit did not finish within 2 minutes:\n" + output);
        }
        assertEquals(0, node.exitValue(), "the audit script failed:\n" + output);

        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int ok = 0;
        for (String line : output.lines().filter(l -> l.startsWith("{")).toList()) {
            JsonNode audit = json.readTree(line);
            String status = audit.get("status").asText();
            if (status.equals("ok")) {
                ok++;
            } else if (status.equals("error") || status.equals("warn")) {
                failures.add(audit.get("id").asText() + " " + audit.get("name").asText() + ": "
                        + audit.get("reason").asText() + " (HTTP " + audit.get("httpStatus").asText() + ")");
            }
        }
        assertEquals(List.of(), failures, "MUST (error) and SHOULD (warn) failures of the audit");
        assertTrue(ok >= 55, "the audit ran " + ok + " passing checks:\n" + output);
    }

    /** Whether the command runs and exits 0 within five minutes (false when it is not installed). */
    private static boolean runs(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
