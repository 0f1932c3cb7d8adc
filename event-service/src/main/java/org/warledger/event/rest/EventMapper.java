package org.warledger.event.rest;

import java.util.List;
import org.warledger.event.domain.Event;
import org.warledger.event.domain.EventContent;
import org.warledger.event.domain.Figure;
import org.warledger.event.domain.Location;
import org.warledger.event.domain.Quantity;
import org.warledger.event.domain.Source;

/**
 * Copies between the API's records and the domain: a valid {@link EventInput} becomes the {@link EventContent} the
 * service stores (title, actors and tags stripped), an {@link Event} becomes the {@link EventView} the API answers
 * with.
 */
final class EventMapper {

    private EventMapper() {
    }

    static EventContent toContent(EventInput input) {
        return new EventContent(input.title().strip(), input.type(), input.date(), input.datePrecision(),
                input.endDate(), input.summary(), stripped(input.actors()), toLocation(input.location()),
                input.sources().stream().map(EventMapper::toSource).toList(), stripped(input.tags()),
                input.quantities() == null ? null : input.quantities().stream().map(EventMapper::toQuantity).toList(),
                input.externalKey());
    }

    static EventView toView(Event e) {
        return new EventView(e.id, e.version, e.title, e.type, e.date, e.datePrecision, e.endDate, e.summary, e.actors,
                toDto(e.location), e.sources.stream().map(EventMapper::toDto).toList(), e.tags,
                e.quantities.stream().map(EventMapper::toDto).toList(), e.status, e.retractionReason, e.externalKey,
                e.createdAt, e.updatedAt, e.createdBy, e.updatedBy);
    }

    private static List<String> stripped(List<String> texts) {
        return texts == null ? null : texts.stream().map(String::strip).toList();
    }

    private static Location toLocation(LocationDto l) {
        return l == null ? null
                : new Location(l.name(), l.region(), l.country(), l.latitude(), l.longitude(), l.precision());
    }

    private static LocationDto toDto(Location l) {
        return l == null ? null : new LocationDto(l.name, l.region, l.country, l.latitude, l.longitude, l.precision);
    }

    private static Source toSource(SourceDto s) {
        return new Source(s.url(), s.publisher(), s.title(), s.publishedOn(), s.retrievedOn(), s.quote());
    }

    private static SourceDto toDto(Source s) {
        return new SourceDto(s.url(), s.publisher(), s.title(), s.publishedOn(), s.retrievedOn(), s.quote());
    }

    /** The figure as stated; the service derives its bounds. */
    private static Quantity toQuantity(QuantityDto q) {
        FigureDto f = q.figure();
        return new Quantity(q.measure(), q.unit(),
                new Figure(f.qualifier(), f.value(), f.low(), f.best(), f.high(), f.word()), q.claimant());
    }

    private static QuantityDto toDto(Quantity q) {
        Figure f = q.figure();
        return new QuantityDto(q.measure(), q.unit(),
                f == null ? null : new FigureDto(f.qualifier(), f.value(), f.low(), f.best(), f.high(), f.word()),
                q.claimant());
    }
}
