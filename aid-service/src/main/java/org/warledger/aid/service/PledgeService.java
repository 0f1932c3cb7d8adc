package org.warledger.aid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.StatelessSession;
import org.warledger.aid.domain.AidPledge;
import org.warledger.aid.domain.Kind;
import org.warledger.aid.domain.Money;
import org.warledger.aid.domain.MoneyQualifier;
import org.warledger.aid.domain.NewPledge;
import org.warledger.aid.domain.NormalizedPledge;
import org.warledger.aid.domain.PledgeFilter;
import org.warledger.aid.domain.PledgeStatus;
import org.warledger.aid.domain.RatesAt;
import org.warledger.aid.domain.StatusChange;
import org.warledger.aid.domain.StatusStep;
import org.warledger.aid.domain.Totals;
import org.warledger.aid.domain.TotalsGrouping;
import org.warledger.aid.repository.PledgeRepository;
import org.warledger.aid.repository.PledgeTotalRepository;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.imports.BulkImport;
import org.warledger.platform.imports.ImportReport;
import org.warledger.platform.imports.Ndjson;
import org.warledger.platform.paging.Page;
import org.warledger.platform.paging.PageCursor;

/** Use cases of the aid ledger. Every write is one transaction. */
@ApplicationScoped
@Transactional
public class PledgeService {

    private final PledgeRepository pledges;
    private final PledgeTotalRepository totals;
    private final Normalizer normalizer;
    /** Imports write through a stateless session: no snapshots of the JSON columns, inserts in JDBC batches. */
    private final StatelessSession bulk;

    public PledgeService(PledgeRepository pledges, PledgeTotalRepository totals, Normalizer normalizer,
            StatelessSession bulk) {
        this.pledges = pledges;
        this.totals = totals;
        this.normalizer = normalizer;
        this.bulk = bulk;
    }

    public NormalizedPledge create(NewPledge input, String user) {
        if (input.externalKey() != null && pledges.findByExternalKey(input.externalKey()).isPresent()) {
            throw Refusals.conflict("a pledge with externalKey '" + input.externalKey() + "' exists already");
        }
        if (input.parentId() != null && pledges.lockExisting(List.of(input.parentId())).isEmpty()) {
            throw Refusals.badField("parentId", "no pledge with this id exists");
        }
        AidPledge pledge = newPledge(input, user);
        pledges.persistAndFlush(pledge);
        totals.added(List.of(pledge.id));
        return view(pledge);
    }

    /**
     * Stores every valid line of an import in one transaction, skipping those whose externalKey is known (in the ledger
     * or earlier in the file): importing a file twice changes nothing. A parentId must name a pledge that exists or
     * comes earlier in the file. A dry run does all of it and rolls back.
     */
    public ImportReport importPledges(List<Ndjson.Line<NewPledge>> lines, String user, boolean dryRun) {
        Set<UUID> parents = pledges.lockExisting(lines.stream().filter(Ndjson.Line::valid)
                .map(l -> l.input().parentId()).filter(Objects::nonNull).toList());
        List<AidPledge> created = new ArrayList<>();
        ImportReport report = BulkImport.run(lines, NewPledge::externalKey,
                BulkImport.known(pledges.getEntityManager(), AidPledge.class, lines, NewPledge::externalKey), input -> {
                    if (input.parentId() != null && !parents.contains(input.parentId())) {
                        throw new BulkImport.Refused("parentId", "no pledge with this id exists");
                    }
                    AidPledge pledge = newPledge(input, user);
                    created.add(pledge);
                    parents.add(pledge.id);
                    return pledge.id;
                });
        bulk.insertMultiple(created);
        totals.added(created.stream().map(p -> p.id).toList());
        return BulkImport.finish(report, dryRun);
    }

    private AidPledge newPledge(NewPledge input, String user) {
        AidPledge pledge = new AidPledge();
        pledge.id = UUID.randomUUID();
        pledge.title = input.title().strip();
        pledge.donor = input.donor();
        pledge.recipient = input.recipient();
        pledge.kind = input.kind();
        pledge.type = input.type();
        pledge.status = input.status() == null ? PledgeStatus.ANNOUNCED : input.status();
        pledge.announcedOn = input.announcedOn();
        pledge.value = input.value() == null ? null : new Money(input.value().amount(), input.value().currency(),
                input.value().qualifier() == null ? MoneyQualifier.EXACT : input.value().qualifier());
        pledge.items = input.items() == null ? List.of() : List.copyOf(input.items());
        pledge.timeframe = input.timeframe();
        pledge.parentId = input.parentId();
        pledge.eventId = input.eventId();
        pledge.sources = List.copyOf(input.sources());
        pledge.externalKey = input.externalKey();
        pledge.createdAt = now();
        pledge.updatedAt = pledge.createdAt;
        pledge.createdBy = user;
        pledge.updatedBy = user;
        pledge.statusHistory = List
                .of(new StatusChange(pledge.status, pledge.announcedOn, pledge.sources.get(0), pledge.createdAt, user));
        return pledge;
    }

    /**
     * Moves a pledge along its lifecycle. Refused: a step backwards, any step from a final status, a repeat of the
     * current status, and a date before the last step's.
     */
    public NormalizedPledge changeStatus(UUID id, StatusStep input, String user) {
        AidPledge pledge = load(id);
        if (input.version() != null && input.version() != pledge.version) {
            throw Refusals.conflict("pledge " + id + " is at version " + pledge.version + ", not " + input.version()
                    + "; read it again and reapply your change");
        }
        if (!pledge.status.canMoveTo(input.status())) {
            throw Refusals.badField("status", "a pledge cannot move from " + pledge.status + " to " + input.status()
                    + (pledge.status.isFinal() ? " (" + pledge.status + " is final)" : ""));
        }
        StatusChange last = pledge.statusHistory.get(pledge.statusHistory.size() - 1);
        if (input.on().isBefore(last.on())) {
            throw Refusals.badField("on", "must not be before the previous status change (" + last.on() + ")");
        }
        if (pledge.parentId != null) {
            // Whether it counts in totals depends on its parent's status: that must hold still until this commits.
            pledges.lockExisting(List.of(pledge.parentId));
        }
        PledgeStatus before = pledge.status;
        Instant now = now();
        List<StatusChange> history = new ArrayList<>(pledge.statusHistory);
        history.add(new StatusChange(input.status(), input.on(), input.source(), now, user));
        pledge.statusHistory = history;
        pledge.status = input.status();
        pledge.updatedAt = now;
        pledge.updatedBy = user;
        pledges.flush();
        if (pledge.kind == Kind.PLEDGE) {
            totals.statusChanged(pledge.id, before, before.counts() != pledge.status.counts());
        }
        return view(pledge);
    }

    @Transactional(TxType.SUPPORTS)
    public NormalizedPledge get(UUID id) {
        return view(load(id));
    }

    @Transactional(TxType.SUPPORTS)
    public List<NormalizedPledge> getMany(Collection<UUID> ids) {
        return views(pledges.findByIds(ids));
    }

    @Transactional(TxType.SUPPORTS)
    public Page<NormalizedPledge> list(PledgeFilter filter, PageCursor after, int limit) {
        PageCursor.Order order = orderOf(filter);
        Page<AidPledge> page = Page.of(pledges.page(filter, order, after, limit), limit, last -> new PageCursor(order,
                order == PageCursor.Order.DATE ? last.announcedOn.toString() : last.updatedAt.toString(), last.id),
                Function.identity());
        return new Page<>(views(page.items()), page.nextCursor());
    }

    /** Newest announcement first; a changedSince feed oldest change first. */
    public static PageCursor.Order orderOf(PledgeFilter filter) {
        return filter.changedSince() == null ? PageCursor.Order.DATE : PageCursor.Order.UPDATED;
    }

    /**
     * Sums of the pledges that count (see {@link PledgeTotalRepository#totals}) in {@code currency}, EUR or USD, split
     * by {@code grouping} unless it is null.
     */
    @Transactional(TxType.SUPPORTS)
    public Totals totals(String currency, TotalsGrouping grouping, PledgeFilter filter) {
        List<Totals.Group> groups = totals.totals(currency, grouping, filter);
        BigDecimal total = BigDecimal.ZERO;
        long count = 0;
        long unvalued = 0;
        for (Totals.Group group : groups) {
            total = total.add(group.total());
            count += group.count();
            unvalued += group.unvalued();
        }
        return new Totals(currency, total.setScale(2), count, unvalued, grouping,
                grouping == null ? List.of() : groups);
    }

    private NormalizedPledge view(AidPledge pledge) {
        return views(List.of(pledge)).get(0);
    }

    /** Normalises a whole page with one rate look-up. */
    private List<NormalizedPledge> views(List<AidPledge> rows) {
        Map<UUID, RatesAt> rates = pledges.ratesFor(rows.stream().filter(p -> p.value != null).map(p -> p.id).toList());
        return rows.stream().map(p -> new NormalizedPledge(p, normalizer.normalize(p.value, rates.get(p.id)))).toList();
    }

    private AidPledge load(UUID id) {
        return pledges.findByIdOptional(id).orElseThrow(() -> Refusals.notFound("pledge " + id));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
