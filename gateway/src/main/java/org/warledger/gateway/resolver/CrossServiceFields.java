package org.warledger.gateway.resolver;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.gateway.client.IntakeServiceClient;
import org.warledger.gateway.client.WireMapper;
import org.warledger.gateway.schema.AidPledge;
import org.warledger.gateway.schema.Article;
import org.warledger.gateway.schema.Candidate;
import org.warledger.gateway.schema.CandidateKind;
import org.warledger.gateway.schema.CandidateStatus;
import org.warledger.gateway.schema.CasualtyClaim;
import org.warledger.gateway.schema.Event;

/**
 * Fields that reach into another service. Each is a batch resolver: it gets every parent of one level at once and makes
 * one call per service (per 500 keys), so a query's backend calls depend on its depth, never on how many rows it has.
 * They are non-blocking: the calls of one level (claims and pledges of the same events) run side by side and no thread
 * waits for a service.
 */
@GraphQLApi
@PermitAll
public class CrossServiceFields {

    private final EventServiceClient events;
    private final CasualtyServiceClient claims;
    private final AidServiceClient pledges;
    private final IntakeServiceClient intake;
    private final SelectedFields selected;
    private final ReadEvents read;

    public CrossServiceFields(EventServiceClient events, CasualtyServiceClient claims, AidServiceClient pledges,
            IntakeServiceClient intake, SelectedFields selected, ReadEvents read) {
        this.selected = selected;
        this.read = read;
        this.events = events;
        this.claims = claims;
        this.pledges = pledges;
        this.intake = intake;
    }

    @Description("The active casualty claims about this event")
    public Uni<List<List<CasualtyClaim>>> casualtyClaims(@Source List<Event> parents) {
        return Backend
                .call(CasualtyServiceClient.NAME,
                        claims.byEvents(ids(parents, Event::id), selected.of("CasualtyClaim", "eventId")))
                .map(found -> byParent(parents, found, CasualtyClaim::eventId));
    }

    @Description("The aid records about this event")
    public Uni<List<List<AidPledge>>> aidPledges(@Source List<Event> parents) {
        return Backend
                .call(AidServiceClient.NAME,
                        pledges.byEvents(ids(parents, Event::id), selected.of("AidPledge", "eventId")))
                .map(found -> byParent(parents, found, AidPledge::eventId));
    }

    @Description("The event this claim is about, if any")
    public Uni<List<Event>> event(@Source List<CasualtyClaim> parents) {
        return eventsOf(parents, CasualtyClaim::eventId);
    }

    @Name("event")
    @Description("The event this aid record is about, if any")
    public Uni<List<Event>> pledgeEvent(@Source List<AidPledge> parents) {
        return eventsOf(parents, AidPledge::eventId);
    }

    @Description("The records found in this article, in text order (span.start); status and kind select some of "
            + "them")
    public Uni<List<List<Candidate>>> candidates(@Source List<Article> parents, CandidateStatus status,
            CandidateKind kind) {
        Map<String, Integer> articles = new LinkedHashMap<>();
        parents.forEach(a -> articles.putIfAbsent(a.id(), a.candidateCount()));
        return Backend.call(IntakeServiceClient.NAME, intake.byArticles(articles)).map(found -> {
            Map<String, List<Candidate>> byArticle = WireMapper.candidates(found).stream()
                    .filter(c -> (status == null || c.status() == status) && (kind == null || c.kind() == kind))
                    .collect(Collectors.groupingBy(Candidate::articleId));
            return parents.stream().map(a -> byArticle.getOrDefault(a.id(), List.of())).toList();
        });
    }

    @Name("casualtyClaim")
    @Description("The casualty claim recorded from this candidate: for an ACCEPTED CASUALTY_CLAIM, null otherwise")
    public Uni<List<CasualtyClaim>> acceptedClaim(@Source List<Candidate> parents) {
        List<String> ids = recordIds(parents, CandidateKind.CASUALTY_CLAIM);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(nulls(parents));
        }
        return Backend.call(CasualtyServiceClient.NAME, claims.byIds(ids, selected.of("CasualtyClaim")))
                .map(found -> records(parents, CandidateKind.CASUALTY_CLAIM, found, CasualtyClaim::id));
    }

    @Name("aidPledge")
    @Description("The aid record recorded from this candidate: for an ACCEPTED AID_PLEDGE, null otherwise")
    public Uni<List<AidPledge>> acceptedPledge(@Source List<Candidate> parents) {
        List<String> ids = recordIds(parents, CandidateKind.AID_PLEDGE);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(nulls(parents));
        }
        return Backend.call(AidServiceClient.NAME, pledges.byIds(ids, selected.of("AidPledge")))
                .map(found -> records(parents, CandidateKind.AID_PLEDGE, found, AidPledge::id));
    }

    @Name("event")
    @Description("The event recorded from this candidate: for an ACCEPTED EVENT, null otherwise")
    public Uni<List<Event>> acceptedEvent(@Source List<Candidate> parents) {
        List<String> ids = recordIds(parents, CandidateKind.EVENT);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(nulls(parents));
        }
        return eventsById(ids).map(byId -> parents.stream()
                .map(c -> recorded(c, CandidateKind.EVENT) ? byId.get(c.recordId()) : null).toList());
    }

    /** The distinct ids of the records created from the accepted candidates of {@code kind}. */
    private static List<String> recordIds(List<Candidate> parents, CandidateKind kind) {
        return parents.stream().filter(c -> recorded(c, kind)).map(Candidate::recordId).distinct().toList();
    }

    private static boolean recorded(Candidate c, CandidateKind kind) {
        return c.kind() == kind && c.status() == CandidateStatus.ACCEPTED && c.recordId() != null;
    }

    /** The record of each candidate of {@code kind} among those found (null for none), in the order of the parents. */
    private static <T> List<T> records(List<Candidate> parents, CandidateKind kind, List<T> found,
            Function<T, String> id) {
        Map<String, T> byId = found.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
        return parents.stream().map(c -> recorded(c, kind) ? byId.get(c.recordId()) : null).toList();
    }

    /** No record for any of the parents: a level without an accepted candidate of the kind asks no service. */
    private static <T> List<T> nulls(List<Candidate> parents) {
        return Collections.nCopies(parents.size(), null);
    }

    /** The event of each parent (null for none), from one look-up of the distinct event ids. */
    private <T> Uni<List<Event>> eventsOf(List<T> parents, Function<T, String> eventId) {
        return eventsById(ids(parents, eventId)).map(byId -> {
            List<Event> events = new ArrayList<>(parents.size());
            for (T parent : parents) {
                String id = eventId.apply(parent);
                events.add(id == null ? null : byId.get(id));
            }
            return events;
        });
    }

    /**
     * The events of these ids that exist: those the query has read already with the properties it shows, and the others
     * from one look-up (none when the query has read them all).
     */
    private Uni<Map<String, Event>> eventsById(List<String> ids) {
        String fields = selected.of("Event");
        ReadEvents.Known known = read.known();
        Map<String, Event> byId = known.reusable(ids, fields);
        List<String> missing = byId.isEmpty() ? ids : ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return Uni.createFrom().item(byId);
        }
        return Backend.call(EventServiceClient.NAME, events.byIds(missing, fields)).map(found -> {
            known.remember(fields, found);
            found.forEach(e -> byId.putIfAbsent(e.id(), e));
            return byId;
        });
    }

    /** The records of each parent event, in the order of the parents. */
    private static <T> List<List<T>> byParent(List<Event> parents, List<T> found, Function<T, String> eventId) {
        Map<String, List<T>> byEvent = new HashMap<>(parents.size() * 2);
        for (T record : found) {
            byEvent.computeIfAbsent(Objects.requireNonNull(eventId.apply(record), "a record without its event"),
                    id -> new ArrayList<>()).add(record);
        }
        List<List<T>> byParent = new ArrayList<>(parents.size());
        for (Event parent : parents) {
            byParent.add(byEvent.getOrDefault(parent.id(), List.of()));
        }
        return byParent;
    }

    /** The distinct ids of the parents that have one, in their first order. */
    private static <T> List<String> ids(List<T> parents, Function<T, String> id) {
        Set<String> ids = new LinkedHashSet<>(parents.size() * 2);
        for (T parent : parents) {
            String value = id.apply(parent);
            if (value != null) {
                ids.add(value);
            }
        }
        return new ArrayList<>(ids);
    }
}
