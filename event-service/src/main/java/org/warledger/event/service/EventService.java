package org.warledger.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.StatelessSession;
import org.warledger.event.domain.Event;
import org.warledger.event.domain.EventContent;
import org.warledger.event.domain.EventFilter;
import org.warledger.event.domain.Quantity;
import org.warledger.event.domain.RecordStatus;
import org.warledger.event.repository.EventRepository;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.imports.BulkImport;
import org.warledger.platform.imports.ImportReport;
import org.warledger.platform.imports.Ndjson;
import org.warledger.platform.paging.Page;
import org.warledger.platform.paging.PageCursor;

/** Use cases of the event ledger. Every write is one transaction: it happens whole or not at all. */
@ApplicationScoped
@Transactional
public class EventService {

    private final EventRepository repository;
    private final FigureRules figureRules;
    /** Imports write through a stateless session: no snapshots of the JSON columns, inserts in JDBC batches. */
    private final StatelessSession bulk;

    public EventService(EventRepository repository, FigureRules figureRules, StatelessSession bulk) {
        this.repository = repository;
        this.figureRules = figureRules;
        this.bulk = bulk;
    }

    public Event create(EventContent input, String user) {
        if (input.externalKey() != null && repository.findByExternalKey(input.externalKey()).isPresent()) {
            throw Refusals.conflict("an event with externalKey '" + input.externalKey() + "' exists already");
        }
        Event event = newEvent(input, user);
        repository.persistAndFlush(event);
        return event;
    }

    /**
     * Stores every valid line of an import in one transaction, skipping those whose externalKey is known (in the ledger
     * or earlier in the file): importing a file twice changes nothing. A dry run does all of it and rolls back.
     */
    public ImportReport importEvents(List<Ndjson.Line<EventContent>> lines, String user, boolean dryRun) {
        List<Event> created = new ArrayList<>();
        ImportReport report = BulkImport.run(lines, EventContent::externalKey,
                BulkImport.known(repository.getEntityManager(), Event.class, lines, EventContent::externalKey),
                input -> {
                    Event event = newEvent(input, user);
                    created.add(event);
                    return event.id;
                });
        bulk.insertMultiple(created);
        return BulkImport.finish(report, dryRun);
    }

    private Event newEvent(EventContent input, String user) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        copy(input, event);
        event.externalKey = input.externalKey();
        event.status = RecordStatus.ACTIVE;
        event.createdAt = now();
        event.updatedAt = event.createdAt;
        event.createdBy = user;
        event.updatedBy = user;
        return event;
    }

    /**
     * Replaces an event's content. {@code expectedVersion} is the version the caller read; a stale one is refused
     * rather than silently overwriting another editor's change.
     */
    public Event update(UUID id, EventContent input, long expectedVersion, VersionSource versionSource, String user) {
        Event event = load(id);
        checkVersion(event, expectedVersion, versionSource);
        if (event.status == RecordStatus.RETRACTED) {
            throw Refusals.conflict("event " + id + " is retracted and can no longer be changed");
        }
        if (input.externalKey() != null && !input.externalKey().equals(event.externalKey)) {
            throw Refusals.conflict("externalKey cannot be changed once set");
        }
        copy(input, event);
        touch(event, user);
        repository.flush();
        return event;
    }

    public Event retract(UUID id, long expectedVersion, String reason, String user) {
        Event event = load(id);
        checkVersion(event, expectedVersion, VersionSource.BODY);
        if (event.status == RecordStatus.RETRACTED) {
            throw Refusals.conflict("event " + id + " is retracted already");
        }
        event.status = RecordStatus.RETRACTED;
        event.retractionReason = reason;
        touch(event, user);
        repository.flush();
        return event;
    }

    @Transactional(TxType.SUPPORTS)
    public Event get(UUID id) {
        return load(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<Event> getMany(Collection<UUID> ids) {
        return repository.findByIds(ids);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<Event> list(EventFilter filter, PageCursor after, int limit) {
        PageCursor.Order order = orderOf(filter);
        List<Event> rows = repository.page(filter, order, after, limit);
        return Page.of(rows, limit,
                last -> new PageCursor(order,
                        order == PageCursor.Order.DATE ? last.date.toString() : last.updatedAt.toString(), last.id),
                Function.identity());
    }

    /** Newest first by date; a changedSince feed oldest change first. */
    public static PageCursor.Order orderOf(EventFilter filter) {
        return filter.changedSince() == null ? PageCursor.Order.DATE : PageCursor.Order.UPDATED;
    }

    /** Where the caller's version came from decides the status of a mismatch: 412 for If-Match, 409 for the body. */
    public enum VersionSource {
        IF_MATCH, BODY
    }

    /** The event's content as stated, with the bounds of every reported figure derived from its wording. */
    private void copy(EventContent input, Event event) {
        event.title = input.title();
        event.type = input.type();
        event.date = input.date();
        event.datePrecision = input.datePrecision();
        event.endDate = input.endDate();
        event.summary = input.summary();
        event.actors = input.actors();
        event.location = input.location();
        event.sources = input.sources();
        event.tags = input.tags();
        event.quantities = input.quantities().stream()
                .map(q -> new Quantity(q.measure(), q.unit(), figureRules.derive(q.figure()), q.claimant())).toList();
    }

    private Event load(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> Refusals.notFound("event " + id));
    }

    private static void checkVersion(Event event, long expected, VersionSource source) {
        if (event.version != expected) {
            String detail = "event " + event.id + " is at version " + event.version + ", not " + expected
                    + "; read it again and reapply your change";
            throw source == VersionSource.IF_MATCH ? Refusals.preconditionFailed(detail) : Refusals.conflict(detail);
        }
    }

    private static void touch(Event event, String user) {
        event.updatedAt = now();
        event.updatedBy = user;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
