package org.warledger.gateway.graphql;

import jakarta.annotation.security.PermitAll;
import java.util.Collection;
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

/**
 * Fields that reach into another service. Each is a batch resolver: it gets every parent of one level at once and makes
 * one call per service (per 500 keys), so a query's backend calls depend on its depth, never on how many rows it has.
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
    public List<List<CasualtyClaim>> casualtyClaims(@Source List<Event> parents) {
        Map<String, List<CasualtyClaim>> byEvent = Backend
                .call(CasualtyServiceClient.NAME, () -> claims.byEvents(ids(parents, Event::id))).stream()
                .collect(Collectors.groupingBy(CasualtyClaim::eventId));
        return parents.stream().map(e -> byEvent.getOrDefault(e.id(), List.of())).toList();
    }

    @Description("The aid records about this event")
    public List<List<AidPledge>> aidPledges(@Source List<Event> parents) {
        Map<String, List<AidPledge>> byEvent = Backend
                .call(AidServiceClient.NAME, () -> pledges.byEvents(ids(parents, Event::id))).stream()
                .collect(Collectors.groupingBy(AidPledge::eventId));
        return parents.stream().map(e -> byEvent.getOrDefault(e.id(), List.of())).toList();
    }

    @Description("The event this claim is about, if any")
    public List<Event> event(@Source List<CasualtyClaim> parents) {
        Map<String, Event> found = eventsById(ids(parents, CasualtyClaim::eventId));
        return parents.stream().map(c -> c.eventId() == null ? null : found.get(c.eventId())).toList();
    }

    @Name("event")
    @Description("The event this aid record is about, if any")
    public List<Event> pledgeEvent(@Source List<AidPledge> parents) {
        Map<String, Event> found = eventsById(ids(parents, AidPledge::eventId));
        return parents.stream().map(p -> p.eventId() == null ? null : found.get(p.eventId())).toList();
    }

    private Map<String, Event> eventsById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Backend.call(EventServiceClient.NAME, () -> events.byIds(ids)).stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
    }

    private static <T> List<String> ids(List<T> parents, Function<T, String> id) {
        return parents.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
