package org.warledger.platform.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.warledger.platform.failure.Violation;

/**
 * What a bulk import did, one row per physical line: each valid line is CREATED (or was EXISTING already, by its
 * externalKey), each invalid one REJECTED with its reasons, each blank one SKIPPED. Nothing is left unreported. A
 * rejected row lists its first violations (see {@link ImportConfig}) and says in {@code violationCount} how many there
 * were, so that a report stays small whatever a line holds. In a dry run ({@code dryRun} true) nothing was stored:
 * CREATED says what would have been created, without an id.
 */
public record ImportReport(boolean dryRun, int created, int existing, int rejected, int skipped, List<Row> rows) {

    public enum Outcome {
        CREATED, EXISTING, REJECTED, SKIPPED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(int line, Outcome outcome, String externalKey, UUID id, List<Violation> violations,
            Integer violationCount) {
    }

    public static ImportReport of(List<Row> rows) {
        int created = 0;
        int existing = 0;
        int rejected = 0;
        int skipped = 0;
        for (Row row : rows) {
            switch (row.outcome()) {
            case CREATED -> created++;
            case EXISTING -> existing++;
            case REJECTED -> rejected++;
            case SKIPPED -> skipped++;
            }
        }
        return new ImportReport(false, created, existing, rejected, skipped, rows);
    }

    /** The same outcomes for a dry run: nothing was stored, so a line that would be CREATED has no id. */
    public ImportReport asDryRun() {
        List<Row> unstored = rows.stream().map(row -> row.outcome() == Outcome.CREATED
                ? new Row(row.line(), row.outcome(), row.externalKey(), null, null, null) : row).toList();
        return new ImportReport(true, created, existing, rejected, skipped, unstored);
    }
}
