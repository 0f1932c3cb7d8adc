package org.warledger.intake;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warledger.testing.Tokens;

/** Test articles: the three of shared/articles (copied into the sample data) and small ones of the tests' own. */
final class Articles {

    static final String ARTICLES = "/api/articles";

    private Articles() {
    }

    static String text(String file) {
        for (Path dir : List.of(Path.of("../data/sample/articles"), Path.of("../../shared/articles"))) {
            Path path = dir.resolve(file);
            if (Files.exists(path)) {
                try {
                    return Files.readString(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("article " + file + " not found");
    }

    static Map<String, Object> article(String text, String publishedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", text.lines().findFirst().orElse("Untitled").strip());
        body.put("publishedOn", publishedOn);
        body.put("retrievedOn", publishedOn);
        body.put("language", "en");
        body.put("url", "https://news.example/" + Math.abs(text.hashCode()));
        body.put("publisher", "Example News");
        body.put("text", text);
        return body;
    }

    static JsonPath submit(Map<String, Object> body, int status) {
        return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body).post(ARTICLES).then()
                .statusCode(status).extract().jsonPath();
    }

    static List<Map<String, Object>> candidates(String articleId) {
        return given().queryParam("limit", 500).get(ARTICLES + "/" + articleId + "/candidates").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
