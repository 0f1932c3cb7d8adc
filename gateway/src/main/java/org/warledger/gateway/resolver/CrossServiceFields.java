package org.warledger.gateway.resolver;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;
import org.warledger.gateway.client.WireMapper;
import org.warledger.gateway.schema.AidPledge;
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

    public CrossServiceFields(EventServiceClient events, CasualtyServiceClient claims, AidServiceClient pledges) {
        this.events = events;
        this.claims = claims;
        this.pledges = pledges;
    }

    @Description("The active casualty claims about this event")
    public Uni<List<List<CasualtyClaim>>> casualtyClaims(@Source List<Event> parents) {
        return Backend.call(CasualtyServiceClient.NAME, claims.byEvents(ids(parents, Event::id)))
                .map(found -> byParent(parents, WireMapper.claims(found), CasualtyClaim::eventId));
    }

    @Description("The aid records about this event")
    public Uni<List<List<AidPledge>>> aidPledges(@Source List<Event> parents) {
        return Backend.call(AidServiceClient.NAME, pledges.byEvents(ids(parents, Event::id)))
                .map(found -> byParent(parents, WireMapper.pledges(found), AidPledge::eventId));
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

    /** The event of each parent (null for none), from one look-up of the distinct event ids. */
    private <T> Uni<List<Event>> eventsOf(List<T> parents, Function<T, String> eventId) {
        return Backend.call(EventServiceClient.NAME, events.byIds(ids(parents, eventId))).map(found -> {
            Map<String, Event> byId = WireMapper.events(found).stream()
                    .collect(Collectors.toMap(Event::id, Function.identity()));
            return parents.stream().map(p -> eventId.apply(p) == null ? null : byId.get(eventId.apply(p))).toList();
        });
    }

    /** The records of each parent event, in the order of the parents. */
    private static <T> List<List<T>> byParent(List<Event> parents, List<T> found, Function<T, String> eventId) {
        Map<String, List<T>> byEvent = found.stream().collect(Collectors.groupingBy(eventId));
        return parents.stream().map(e -> byEvent.getOrDefault(e.id(), List.of())).toList();
    }

    private static <T> List<String> ids(List<T> parents, Function<T, String> id) {
        return parents.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
