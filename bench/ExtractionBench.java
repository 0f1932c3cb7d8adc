import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.warledger.intake.service.extraction.Extractor;

/**
 * Extraction time of a 5,000-word article: the three sample articles repeated to 5,000 words, extracted 30 times
 * after a warm-up of 20; prints the median and the slowest in milliseconds. Run from the repository root after
 * {@code mvn -pl platform,test-support,intake-service -am package -DskipTests}:
 *
 * <pre>
 * java -cp "$(cat intake-service/target/classpath.txt):intake-service/target/classes" bench/ExtractionBench.java
 * </pre>
 *
 * (write the class path once with {@code mvn -pl intake-service dependency:build-classpath
 * -Dmdep.outputFile=target/classpath.txt}).
 */
public class ExtractionBench {

    public static void main(String[] args) throws Exception {
        StringBuilder text = new StringBuilder();
        Path dir = Path.of("data/sample/articles");
        String[] files;
        try (var list = Files.list(dir)) {
            files = list.map(Path::toString).sorted().toArray(String[]::new);
        }
        while (text.toString().split("\\s+").length < 5000) {
            for (String file : files) {
                text.append(Files.readString(Path.of(file))).append('\n');
            }
        }
        String article = text.toString();
        int words = article.split("\\s+").length;
        LocalDate published = LocalDate.of(2024, 11, 20);
        for (int i = 0; i < 20; i++) {
            Extractor.extract(article, published);
        }
        long[] runs = new long[30];
        int candidates = 0;
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            candidates = Extractor.extract(article, published).size();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        System.out.printf("%d words, %d candidates: median %.1f ms, slowest %.1f ms%n", words, candidates,
                runs[runs.length / 2] / 1e6, runs[runs.length - 1] / 1e6);
    }
}
