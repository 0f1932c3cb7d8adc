package org.warledger.platform.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.warledger.platform.failure.Violation;

/**
 * The rules every bulk import follows, line by line: a blank line is SKIPPED, an invalid line is REJECTED with its
 * violations, a line whose externalKey is known (in the ledger or earlier in the file) is EXISTING with that record's
 * id, any other is CREATED.
 */
public final class BulkImport {

    private BulkImport() {
    }

    /** A valid line that still cannot be stored, such as one naming a parent that does not exist. */
    public static class Refused extends RuntimeException {
        private final List<Violation> violations;

        public Refused(String field, String message) {
            super(field + ": " + message, null, false, false);
            this.violations = List.of(new Violation(field, "body", message));
        }
    }

    /**
     * Ends an import. A dry run has done everything a real one does — validation, look-ups, the inserts themselves with
     * the database's constraints — and then rolls its transaction back, so the ledger is left as it was.
     */
    public static ImportReport finish(ImportReport report, boolean dryRun) {
        if (!dryRun) {
            return report;
        }
        QuarkusTransaction.setRollbackOnly();
        return report.asDryRun();
    }

    /**
     * The ids of the records of {@code entity} (which has {@code externalKey} and {@code id} attributes) that carry the
     * externalKeys of the valid lines: what an import already finds in the ledger, in one query.
     */
    public static <I> Map<String, UUID> known(EntityManager em, Class<?> entity, List<Ndjson.Line<I>> lines,
            Function<I, String> externalKey) {
        Map<String, UUID> ids = new HashMap<>();
        Collection<String> keys = keys(lines, externalKey);
        if (!keys.isEmpty()) {
            em.createQuery("select e.externalKey, e.id from " + entity.getSimpleName() + " e"
                    + " where e.externalKey in :keys", Object[].class).setParameter("keys", keys).getResultList()
                    .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
        }
        return ids;
    }

    /** The externalKeys of the valid lines, to look up in one query. */
    static <I> Collection<String> keys(List<Ndjson.Line<I>> lines, Function<I, String> externalKey) {
        return lines.stream().filter(Ndjson.Line::valid).map(line -> externalKey.apply(line.input())).toList();
    }

    /**
     * @param known
     *            the ids of the externalKeys already in the ledger; lines created here are added to it
     * @param create
     *            makes the record of one new line (the caller stores them together) and returns its id
     */
    public static <I> ImportReport run(List<Ndjson.Line<I>> lines, Function<I, String> externalKey,
            Map<String, UUID> known, Function<I, UUID> create) {
        List<ImportReport.Row> rows = new ArrayList<>();
        for (Ndjson.Line<I> line : lines) {
            if (line.blank()) {
                rows.add(new ImportReport.Row(line.number(), ImportReport.Outcome.SKIPPED, null, null, null, null));
                continue;
            }
            if (!line.valid()) {
                rows.add(new ImportReport.Row(line.number(), ImportReport.Outcome.REJECTED, null, null,
                        line.violations(), line.violationCount()));
                continue;
            }
            String key = externalKey.apply(line.input());
            UUID existing = known.get(key);
            if (existing != null) {
                rows.add(new ImportReport.Row(line.number(), ImportReport.Outcome.EXISTING, key, existing, null, null));
                continue;
            }
            try {
                UUID id = create.apply(line.input());
                known.put(key, id);
                rows.add(new ImportReport.Row(line.number(), ImportReport.Outcome.CREATED, key, id, null, null));
            } catch (Refused refused) {
                rows.add(new ImportReport.Row(line.number(), ImportReport.Outcome.REJECTED, key, null,
                        refused.violations, refused.violations.size()));
            }
        }
        return ImportReport.of(rows);
    }
}
