package org.warledger.casualty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.StatelessSession;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.ClaimCorrection;
import org.warledger.casualty.domain.ClaimFilter;
import org.warledger.casualty.domain.ClaimRevision;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.NewClaim;
import org.warledger.casualty.domain.Qualifier;
import org.warledger.casualty.domain.Scope;
import org.warledger.casualty.domain.Series;
import org.warledger.casualty.domain.SeriesQuery;
import org.warledger.casualty.domain.Summary;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.casualty.repository.ClaimRepository;
import org.warledger.casualty.repository.RevisionRepository;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.imports.BulkImport;
import org.warledger.platform.imports.ImportReport;
import org.warledger.platform.imports.Ndjson;
import org.warledger.platform.paging.Page;
import org.warledger.platform.paging.PageCursor;

/** Use cases of the claim ledger. Every write is one transaction: a claim and its revision row change together. */
@ApplicationScoped
@Transactional
public class ClaimService {

    /** Series longer than this are cut, oldest points kept, and say so. */
    static final int MAX_SERIES_POINTS = 5000;

    private final ClaimRepository claims;
    private final RevisionRepository revisions;
    private final FigureRules figureRules;
    /** Imports write through a stateless session: no snapshots of the JSON columns, inserts in JDBC batches. */
    private final StatelessSession bulk;

    public ClaimService(ClaimRepository claims, RevisionRepository revisions, FigureRules figureRules,
            StatelessSession bulk) {
        this.claims = claims;
        this.revisions = revisions;
        this.figureRules = figureRules;
        this.bulk = bulk;
    }

    public CasualtyClaim create(NewClaim input, String user) {
        if (input.externalKey() != null && claims.findByExternalKey(input.externalKey()).isPresent()) {
            throw Refusals.conflict("a claim with externalKey '" + input.externalKey() + "' exists already");
        }
        CasualtyClaim claim = newClaim(input, user);
        claims.persist(claim);
        revisions.persist(revisionOf(claim, null, user));
        claims.flush();
        return claim;
    }

    /**
     * Stores every valid line of an import in one transaction, skipping those whose externalKey is known (in the ledger
     * or earlier in the file): importing a file twice changes nothing. A dry run does all of it and rolls back.
     */
    public ImportReport importClaims(List<Ndjson.Line<NewClaim>> lines, String user, boolean dryRun) {
        List<CasualtyClaim> created = new ArrayList<>();
        List<ClaimRevision> firstRevisions = new ArrayList<>();
        ImportReport report = BulkImport.run(lines, NewClaim::externalKey,
                BulkImport.known(claims.getEntityManager(), CasualtyClaim.class, lines, NewClaim::externalKey),
                input -> {
                    CasualtyClaim claim = newClaim(input, user);
                    created.add(claim);
                    firstRevisions.add(revisionOf(claim, null, user));
                    return claim.id;
                });
        // All claims, then all revisions: one table at a time keeps the JDBC batches full.
        bulk.insertMultiple(created);
        bulk.insertMultiple(firstRevisions);
        return BulkImport.finish(report, dryRun);
    }

    private CasualtyClaim newClaim(NewClaim input, String user) {
        CasualtyClaim claim = new CasualtyClaim();
        claim.id = UUID.randomUUID();
        claim.claimant = input.claimant().strip();
        claim.subject = input.subject();
        claim.force = input.force();
        claim.category = input.category();
        claim.equipmentType = input.equipmentType();
        claim.figure = figureRules.derive(input.figure());
        claim.scope = input.scope();
        claim.asOf = input.asOf();
        claim.statedOn = input.statedOn();
        claim.eventId = input.eventId();
        claim.sources = List.copyOf(input.sources());
        claim.status = ClaimStatus.ACTIVE;
        claim.revision = 1;
        claim.externalKey = input.externalKey();
        claim.createdAt = now();
        claim.updatedAt = claim.createdAt;
        claim.createdBy = user;
        claim.updatedBy = user;
        return claim;
    }

    /**
     * A corrected figure: the current value is kept in the history as SUPERSEDED and the correction becomes current.
     */
    public CasualtyClaim revise(UUID id, ClaimCorrection input, String user) {
        CasualtyClaim claim = load(id);
        checkVersion(claim, input.version());
        if (claim.status != ClaimStatus.ACTIVE) {
            throw Refusals.conflict("claim " + id + " is " + claim.status + " and can no longer be revised");
        }
        if (claim.scope.from() != null && input.asOf().isBefore(claim.scope.from())) {
            throw Refusals.badField("asOf", "must not be before the scope starts (" + claim.scope.from() + ")");
        }
        if (!claim.scope.allowsStatedOn(input.asOf(), input.statedOn())) {
            throw Refusals.badField("statedOn", Scope.STATED_BEFORE_AS_OF);
        }
        revisions.current(id, claim.revision).status = ClaimStatus.SUPERSEDED;
        claim.figure = figureRules.derive(input.figure());
        claim.asOf = input.asOf();
        claim.statedOn = input.statedOn();
        claim.sources = List.copyOf(input.sources());
        claim.revision++;
        touch(claim, user);
        revisions.persist(revisionOf(claim, input.note(), user));
        claims.flush();
        return claim;
    }

    public CasualtyClaim retract(UUID id, long expectedVersion, String reason, String user) {
        CasualtyClaim claim = load(id);
        checkVersion(claim, expectedVersion);
        if (claim.status == ClaimStatus.RETRACTED) {
            throw Refusals.conflict("claim " + id + " is retracted already");
        }
        ClaimRevision current = revisions.current(id, claim.revision);
        current.status = ClaimStatus.RETRACTED;
        current.note = reason;
        claim.status = ClaimStatus.RETRACTED;
        claim.retractionReason = reason;
        touch(claim, user);
        claims.flush();
        return claim;
    }

    @Transactional(TxType.SUPPORTS)
    public CasualtyClaim get(UUID id) {
        return load(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ClaimRevision> history(UUID id) {
        load(id);
        return revisions.history(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<CasualtyClaim> getMany(Collection<UUID> ids) {
        return claims.findByIds(ids);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<CasualtyClaim> list(ClaimFilter filter, PageCursor after, int limit) {
        PageCursor.Order order = orderOf(filter);
        List<CasualtyClaim> rows = claims.page(filter, order, after, limit);
        return Page.of(rows, limit,
                last -> new PageCursor(order,
                        order == PageCursor.Order.DATE ? last.asOf.toString() : last.updatedAt.toString(), last.id),
                Function.identity());
    }

    /** Newest figure first; a changedSince feed oldest change first. */
    public static PageCursor.Order orderOf(ClaimFilter filter) {
        return filter.changedSince() == null ? PageCursor.Order.DATE : PageCursor.Order.UPDATED;
    }

    /**
     * Like with like only: one subject, category, equipment type and scope kind. Unquantified claims are listed but do
     * not move the spread.
     */
    @Transactional(TxType.SUPPORTS)
    public Summary summary(SummaryQuery query) {
        List<CasualtyClaim> latest = claims.latestPerClaimant(query);
        CasualtyClaim lowest = null;
        CasualtyClaim highest = null;
        boolean openAbove = false;
        int unquantified = 0;
        for (CasualtyClaim claim : latest) {
            Figure figure = claim.figure;
            if (figure.qualifier() == Qualifier.UNQUANTIFIED) {
                unquantified++;
                continue;
            }
            if (figure.low() != null && (lowest == null || figure.low() < lowest.figure.low())) {
                lowest = claim;
            }
            if (figure.high() == null) {
                openAbove = true;
            } else if (highest == null || figure.high() > highest.figure.high()) {
                highest = claim;
            }
        }
        List<CasualtyClaim> listed = latest.stream().sorted(Comparator
                .comparing((CasualtyClaim c) -> c.figure.best(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.claimant)).toList();
        return new Summary(query, lowest == null ? null : lowest.figure.low(), lowest == null ? null : lowest.claimant,
                highest == null ? null : highest.figure.high(), highest == null ? null : highest.claimant, openAbove,
                unquantified, listed);
    }

    @Transactional(TxType.SUPPORTS)
    public Series series(SeriesQuery query) {
        List<CasualtyClaim> rows = claims.series(query, MAX_SERIES_POINTS + 1);
        boolean truncated = rows.size() > MAX_SERIES_POINTS;
        return new Series(query, rows.stream().limit(MAX_SERIES_POINTS).toList(), truncated);
    }

    private static ClaimRevision revisionOf(CasualtyClaim claim, String note, String user) {
        ClaimRevision revision = new ClaimRevision();
        revision.id = UUID.randomUUID();
        revision.claimId = claim.id;
        revision.revision = claim.revision;
        revision.figure = claim.figure;
        revision.asOf = claim.asOf;
        revision.statedOn = claim.statedOn;
        revision.sources = claim.sources;
        revision.status = ClaimStatus.ACTIVE;
        revision.note = note;
        revision.recordedAt = claim.updatedAt;
        revision.recordedBy = user;
        return revision;
    }

    private CasualtyClaim load(UUID id) {
        return claims.findByIdOptional(id).orElseThrow(() -> Refusals.notFound("claim " + id));
    }

    private static void checkVersion(CasualtyClaim claim, long expected) {
        if (claim.version != expected) {
            throw Refusals.conflict("claim " + claim.id + " is at version " + claim.version + ", not " + expected
                    + "; read it again and reapply your change");
        }
    }

    private static void touch(CasualtyClaim claim, String user) {
        claim.updatedAt = now();
        claim.updatedBy = user;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
