package org.warledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample articles as the launcher posts them to the intake-service, read from the checkout's data/sample. */
class SampleDataTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> FIELDS = Set.of("url", "publisher", "title", "publishedOn", "retrievedOn",
            "language", "text");

    @TempDir
    Path data;

    @Test
    void everyArticleFileIsListedOnceAndPostedWithItsTextAsItIsAndItsFirstLineAsTitle() throws IOException {
        Home home = new Home(ROOT, data);
        List<ObjectNode> articles = new SampleData(home, new Api(), "unused").articles();

        Set<String> files = new TreeSet<>();
        try (Stream<Path> listed = Files.list(home.sample("articles"))) {
            listed.forEach(file -> files.add(file.getFileName().toString()));
        }
        List<String> named = new ArrayList<>();
        Api.JSON.readTree(home.sample("articles.json").toFile())
                .forEach(entry -> named.add(entry.get("file").asText()));
        assertEquals(new ArrayList<>(files), named, "articles.json lists every file of articles/, once, in order");
        assertEquals(3, articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ObjectNode article = articles.get(i);
            List<String> fields = new ArrayList<>();
            article.fieldNames().forEachRemaining(fields::add);
            assertEquals(FIELDS, Set.copyOf(fields), named.get(i));
            String text = new String(Files.readAllBytes(home.sample("articles/" + named.get(i))),
                    StandardCharsets.UTF_8);
            assertEquals(text, article.get("text").asText(), named.get(i));
            assertEquals(text.lines().findFirst().orElseThrow(), article.get("title").asText(), named.get(i));
            assertEquals("en", article.get("language").asText());
            assertEquals("2026-11-30", article.get("retrievedOn").asText());
        }
        assertEquals(List.of("2024-07-10", "2024-11-20", "2024-12-27"),
                articles.stream().map(a -> a.get("publishedOn").asText()).toList());
        JsonNode independent = articles.get(2);
        assertEquals("The Independent", independent.get("publisher").asText());
        assertEquals("https://www.independent.co.uk", independent.get("url").asText());
        for (JsonNode unnamed : articles.subList(0, 2)) {
            assertTrue(unnamed.get("publisher").isNull(), "the first two articles name no outlet");
            assertTrue(unnamed.get("url").isNull());
        }
    }

    @Test
    void anEntryWithoutAFileOrNamingAMissingOneIsRefusedWithOneLine() throws IOException {
        Path root = data.resolve("checkout");
        Files.createDirectories(root.resolve("data/sample/articles"));
        Home home = new Home(root, data.resolve(".data"));
        SampleData sample = new SampleData(home, new Api(), "unused");

        Files.writeString(home.sample("articles.json"), "[{\"title\": \"no file\", \"language\": \"en\"}]");
        LauncherException unnamed = assertThrows(LauncherException.class, sample::articles);
        assertTrue(unnamed.getMessage().startsWith("an entry of the sample articles.json names no file"),
                unnamed.getMessage());

        Files.writeString(home.sample("articles.json"), "[{\"file\": \"gone.txt\", \"language\": \"en\"}]");
        LauncherException missing = assertThrows(LauncherException.class, sample::articles);
        assertTrue(missing.getMessage().startsWith("sample article gone.txt cannot be read"), missing.getMessage());
        assertFalse(missing.getMessage().contains("\n"));
    }
}
