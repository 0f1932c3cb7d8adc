package org.warledger.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A service's API contract: the OpenAPI document it serves is the one committed in
 * {@code src/main/openapi/openapi.json} (from which partners and this service's own partner test generate clients), it
 * parses without a message, and it lints with Spectral's OpenAPI rules without a single warning. A service's test
 * extends this as a {@code @QuarkusTest}.
 * <p>
 * When the API changes on purpose, the test writes the served document to {@code target/openapi/openapi.json}: review
 * the difference and copy it over the committed contract.
 */
public abstract class OpenApiContract {

    /** The committed contract, relative to the module. */
    public static final Path CONTRACT = Path.of("src", "main", "openapi", "openapi.json");
    static final Path SERVED = Path.of("target", "openapi", "openapi.json");
    /** Spectral, installed once for all modules by {@code .ci/run} (or by this test when npm is at hand). */
    static final Path LINT = Path.of("..", "target", "lint");
    static final String INSTALL = "npm install --prefix target/lint --no-save --no-audit --no-fund "
            + "@stoplight/spectral-cli@6.16.3";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theServedDocumentIsTheCommittedContract() throws IOException {
        String served = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonNode servedTree = JSON.readTree(served);
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, JSON.writeValueAsString(JSON.treeToValue(servedTree, Object.class)) + "\n");
        assertTrue(Files.exists(CONTRACT), "no contract at " + CONTRACT + ": copy " + SERVED + " there");
        JsonNode committed = JSON.readTree(Files.readString(CONTRACT));
        List<String> differences = new ArrayList<>();
        differences(committed, servedTree, "", differences);
        assertEquals(List.of(), differences, "the served API differs from the committed contract " + CONTRACT
                + " at these JSON pointers; if the change is intended, review and copy " + SERVED + " over it");
    }

    /** The JSON pointers at which two documents differ, the first 20 of them. */
    static void differences(JsonNode expected, JsonNode actual, String pointer, List<String> found) {
        if (found.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    found.add(child + " (added)");
                } else if (!actual.has(name)) {
                    found.add(child + " (removed)");
                } else {
                    differences(expected.get(name), actual.get(name), child, found);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(expected.get(i), actual.get(i), pointer + "/" + i, found);
            }
        } else {
            found.add(pointer + " (" + abbreviated(expected) + " → " + abbreviated(actual) + ")");
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    @Test
    void theContractParsesWithoutAMessage() throws IOException {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(CONTRACT));
        assertTrue(result.getOpenAPI() != null, "the contract does not parse");
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(),
                "the contract's parse messages");
    }

    @Test
    void theContractLintsWithoutAWarning() throws IOException, InterruptedException {
        Path spectral = LINT.resolve(Path.of("node_modules", ".bin", "spectral"));
        Assumptions.assumeTrue(Files.isExecutable(spectral) || runs("npm", "--version"),
                "Spectral is not installed and there is no npm to install it: run `" + INSTALL + "` at the root");
        if (!Files.isExecutable(spectral)) {
            assertTrue(
                    runs("npm", "install", "--prefix", LINT.toString(), "--no-save", "--no-audit", "--no-fund",
                            "@stoplight/spectral-cli@6.16.3"),
                    "Spectral could not be installed: run `" + INSTALL + "`");
        }
        Path ruleset = Path.of("target", "openapi", ".spectral.yaml");
        Files.createDirectories(ruleset.getParent());
        Files.writeString(ruleset, "extends: [\"spectral:oas\"]\n");
        Process lint = new ProcessBuilder(spectral.toString(), "lint", CONTRACT.toString(), "--ruleset",
                ruleset.toString(), "--fail-severity", "hint", "--format", "text").redirectErrorStream(true).start();
        lint.getOutputStream().close();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(2, TimeUnit.MINUTES), "Spectral did not finish");
        assertEquals(0, lint.exitValue(), "Spectral reports on the contract:\n" + output);
        assertTrue(output.isBlank() || output.contains("No results"), "Spectral reports on the contract:\n" + output);
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
