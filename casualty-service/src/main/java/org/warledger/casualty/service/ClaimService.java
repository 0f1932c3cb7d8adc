package org.warledger.casualty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.StatelessSession;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.ClaimCorrection;
import org.warledger.casualty.domain.ClaimFilter;
import org.warledger.casualty.domain.ClaimRevision;
import org.warledger.casualty.domain.ClaimStatus;
import org.warledger.casualty.domain.Claimant;
import org.warledger.casualty.domain.ClaimantAlias;
import org.warledger.casualty.domain.ClaimantLink;
import org.warledger.casualty.domain.LinkReason;
import org.warledger.casualty.domain.NewClaim;
import org.warledger.casualty.domain.Scope;
import org.warledger.casualty.domain.Series;
import org.warledger.casualty.domain.SeriesQuery;
import org.warledger.casualty.domain.Summary;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.casualty.repository.ClaimRepository;
import org.warledger.casualty.repository.ClaimantLinkRepository;
import org.warledger.casualty.repository.ClaimantRepository;
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

    private final ClaimRepository claims;
    private final RevisionRepository revisions;
    private final ClaimantRepository claimants;
    private final ClaimantLinkRepository links;
    private final FigureRules figureRules;
    private final ComparisonRules comparisonRules;
    /** Imports write through a stateless session: no snapshots of the JSON columns, inserts in JDBC batches. */
    private final StatelessSession bulk;

    public ClaimService(ClaimRepository claims, RevisionRepository revisions, ClaimantRepository claimants,
            ClaimantLinkRepository links, FigureRules figureRules, ComparisonRules comparisonRules,
            StatelessSession bulk) {
        this.claims = claims;
        this.revisions = revisions;
        this.claimants = claimants;
        this.links = links;
        this.figureRules = figureRules;
        this.comparisonRules = comparisonRules;
        this.bulk = bulk;
    }

    /** Records a claim, linked to the identity one of whose names its claimant is written with, if any. */
    public CasualtyClaim create(NewClaim input, String user) {
        if (input.externalKey() != null && claims.findByExternalKey(input.externalKey()).isPresent()) {
            throw Refusals.conflict("a claim with externalKey '" + input.externalKey() + "' exists already");
        }
        CasualtyClaim claim = newClaim(input, user,
                claimants.idsByAliasKey(Set.of(ClaimantAlias.keyOf(input.claimant()))));
        claims.persist(claim);
        revisions.persist(revisionOf(claim, null, user));
        if (claim.identity != null) {
            claims.flush();
            links.persist(firstLink(claim, user));
        }
        claims.flush();
        return withIdentity(claim);
    }

    /**
     * Stores every valid line of an import in one transaction, skipping those whose externalKey is known (in the ledger
     * or earlier in the file): importing a file twice changes nothing. A dry run does all of it and rolls back.
     */
    public ImportReport importClaims(List<Ndjson.Line<NewClaim>> lines, String user, boolean dryRun) {
        List<CasualtyClaim> created = new ArrayList<>();
        List<ClaimRevision> firstRevisions = new ArrayList<>();
        List<ClaimantLink> firstLinks = new ArrayList<>();
        Map<String, UUID> identities = claimants.idsByAliasKey(lines.stream().filter(Ndjson.Line::valid)
                .map(line -> ClaimantAlias.keyOf(line.input().claimant())).collect(Collectors.toSet()));
        ImportReport report = BulkImport.run(lines, NewClaim::externalKey,
                BulkImport.known(claims.getEntityManager(), CasualtyClaim.class, lines, NewClaim::externalKey),
                input -> {
                    CasualtyClaim claim = newClaim(input, user, identities);
                    created.add(claim);
                    firstRevisions.add(revisionOf(claim, null, user));
                    if (claim.identity != null) {
                        firstLinks.add(firstLink(claim, user));
                    }
                    return claim.id;
                });
        // All claims, then all revisions and links: one table at a time keeps the JDBC batches full.
        bulk.insertMultiple(created);
        bulk.insertMultiple(firstRevisions);
        bulk.insertMultiple(firstLinks);
        return BulkImport.finish(report, dryRun);
    }

    /** A new claim; {@code identities} has the claimant ids of the written claimants' lookup keys. */
    private CasualtyClaim newClaim(NewClaim input, String user, Map<String, UUID> identities) {
        CasualtyClaim claim = new CasualtyClaim();
        claim.id = UUID.randomUUID();
        claim.claimant = input.claimant().strip();
        UUID identity = identities.get(ClaimantAlias.keyOf(claim.claimant));
        claim.identity = identity == null ? null : claimants.getEntityManager().getReference(Claimant.class, identity);
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
        return withIdentity(claim);
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
        claim.retractedAt = claim.updatedAt;
        claim.retractedBy = user;
        claims.flush();
        return withIdentity(claim);
    }

    /**
     * Links a claim to another identity ({@code claimantId}), or unlinks it (null); {@code version} is the one the
     * editor changes. Every link is recorded with the one it replaced.
     */
    public CasualtyClaim relink(UUID id, long version, UUID claimantId, String note, String user) {
        CasualtyClaim claim = load(id);
        checkVersion(claim, version);
        UUID previous = claim.identity == null ? null : claim.identity.id;
        if (Objects.equals(previous, claimantId)) {
            throw Refusals.conflict("claim " + id + (claimantId == null ? " is not linked to any claimant"
                    : " is linked to claimant " + claimantId + " already"));
        }
        claim.identity = claimantId == null ? null : claimants.findByIdOptional(claimantId)
                .orElseThrow(() -> Refusals.unprocessable("claimantId: claimant " + claimantId + " does not exist"));
        touch(claim, user);
        ClaimantLink link = new ClaimantLink();
        link.id = UUID.randomUUID();
        link.claimId = id;
        link.claimantId = claimantId;
        link.previousClaimantId = previous;
        link.how = LinkReason.EDITOR;
        link.note = note;
        link.recordedAt = claim.updatedAt;
        link.recordedBy = user;
        links.persist(link);
        claims.flush();
        return withIdentity(claim);
    }

    /** One claim as it is, or as the ledger stood at {@code knownAt} (not found if it was not recorded by then). */
    @Transactional(TxType.SUPPORTS)
    public CasualtyClaim get(UUID id, Instant knownAt) {
        if (knownAt == null) {
            return load(id);
        }
        return claims.findKnownAt(id, knownAt)
                .orElseThrow(() -> Refusals.notFound("claim " + id + " (as known at " + knownAt + ")"));
    }

    /**
     * Every value a claim has had, oldest first; with {@code knownAt}, those it had by then, with their statuses as
     * they stood then.
     */
    @Transactional(TxType.SUPPORTS)
    public List<ClaimRevision> history(UUID id, Instant knownAt) {
        CasualtyClaim claim = get(id, knownAt);
        List<ClaimRevision> all = revisions.history(id);
        if (knownAt == null) {
            return all;
        }
        // Past states: detached, so that nothing is written back.
        revisions.getEntityManager().clear();
        List<ClaimRevision> then = all.stream().filter(r -> !r.recordedAt.isAfter(knownAt)).toList();
        for (ClaimRevision r : then) {
            boolean current = r.revision == claim.revision;
            ClaimStatus status = current ? claim.status : ClaimStatus.SUPERSEDED;
            if (r.status == ClaimStatus.RETRACTED && status != ClaimStatus.RETRACTED) {
                // The retraction's reason came later.
                r.note = null;
            }
            r.status = status;
        }
        return then;
    }

    /** Every identity a claim has been linked to, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<ClaimantLink> links(UUID id) {
        load(id);
        return links.ofClaim(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<CasualtyClaim> getMany(Collection<UUID> ids, Instant knownAt) {
        return knownAt == null ? claims.findByIds(ids) : claims.findByIdsKnownAt(ids, knownAt);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<CasualtyClaim> list(ClaimFilter filter, PageCursor after, int limit) {
        PageCursor.Order order = orderOf(filter);
        List<CasualtyClaim> rows = claims.page(resolveClaimant(filter), order, after, limit);
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
     * A claimant filter names an identity (by any of its names), so it selects that identity's claims whatever they
     * were written as; a name no identity has selects the claims written so that have no identity.
     */
    private ClaimFilter resolveClaimant(ClaimFilter f) {
        if (f.claimant() == null) {
            return f;
        }
        Map<String, UUID> identity = claimants.idsByAliasKey(Set.of(ClaimantAlias.keyOf(f.claimant())));
        if (identity.isEmpty()) {
            return f;
        }
        UUID id = identity.values().iterator().next();
        if (f.claimantId() != null && !f.claimantId().equals(id)) {
            throw Refusals.badQueryParameter("claimant", "names claimant " + id + ", not claimantId " + f.claimantId());
        }
        return new ClaimFilter(f.subject(), f.category(), f.equipmentType(), f.scope(), null, id, f.affiliation(),
                f.eventIds(), f.status(), f.from(), f.to(), f.changedSince(), f.knownAt());
    }

    /**
     * Like with like only: one subject, category, equipment type and scope kind; the latest claim of each claimant
     * identity, compared by {@link ComparisonRules}.
     */
    @Transactional(TxType.SUPPORTS)
    public Summary summary(SummaryQuery query) {
        return comparisonRules.summarise(query, claims.latestPerClaimant(query));
    }

    /**
     * The figures of the query's claimants over time, one line per identity (or written name without one), at most the
     * query's limit of points, the oldest.
     */
    @Transactional(TxType.SUPPORTS)
    public Series series(SeriesQuery query) {
        Set<UUID> identities = new LinkedHashSet<>();
        Set<String> written = new LinkedHashSet<>();
        Map<String, UUID> known = claimants
                .idsByAliasKey(query.claimants().stream().map(ClaimantAlias::keyOf).collect(Collectors.toSet()));
        for (String name : query.claimants()) {
            UUID id = known.get(ClaimantAlias.keyOf(name));
            if (id == null) {
                written.add(name.strip());
            } else {
                identities.add(id);
            }
        }
        List<CasualtyClaim> rows = claims.series(query, identities, written, query.limit() + 1);
        boolean truncated = rows.size() > query.limit();
        Map<String, List<CasualtyClaim>> lines = new LinkedHashMap<>();
        rows.stream().limit(query.limit()).forEach(
                c -> lines.computeIfAbsent(c.identity == null ? "name:" + c.claimant : c.identity.id.toString(),
                        k -> new ArrayList<>()).add(c));
        List<Series.Line> result = lines.values().stream()
                .map(points -> new Series.Line(points.get(0).identity,
                        points.get(0).identity == null ? points.get(0).claimant : null, points))
                .sorted(Comparator
                        .comparing((Series.Line l) -> l.identity() == null ? l.writtenName() : l.identity().name))
                .toList();
        return new Series(query, result, truncated);
    }

    /** A claim leaving a write transaction, with its identity loaded for the answer. */
    private static CasualtyClaim withIdentity(CasualtyClaim claim) {
        Hibernate.initialize(claim.identity);
        return claim;
    }

    private static ClaimantLink firstLink(CasualtyClaim claim, String user) {
        ClaimantLink link = new ClaimantLink();
        link.id = UUID.randomUUID();
        link.claimId = claim.id;
        link.claimantId = claim.identity.id;
        link.how = LinkReason.ON_CREATE;
        link.note = "written claimant matches a name of the claimant";
        link.recordedAt = claim.createdAt;
        link.recordedBy = user;
        return link;
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
