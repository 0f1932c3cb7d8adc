package org.warledger.event.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.warledger.event.domain.DatePrecision;
import org.warledger.event.domain.Event;
import org.warledger.event.domain.Quantity;
import org.warledger.event.rest.EventInput;
import org.warledger.event.rest.EventView;
import org.warledger.event.service.FigureRules;

/** Copies between the API's records and the entity; derives the bounds of every reported figure on the way in. */
@ApplicationScoped
public class EventMapper {

    private final FigureRules figureRules;

    public EventMapper(FigureRules figureRules) {
        this.figureRules = figureRules;
    }

    public void copy(EventInput input, Event event) {
        event.title = input.title().strip();
        event.type = input.type();
        event.date = input.date();
        event.datePrecision = input.datePrecision() == null ? DatePrecision.DAY : input.datePrecision();
        event.endDate = input.endDate();
        event.summary = input.summary();
        event.actors = input.actors() == null ? List.of() : input.actors().stream().map(String::strip).toList();
        event.location = input.location();
        event.sources = List.copyOf(input.sources());
        event.tags = input.tags() == null ? List.of() : input.tags().stream().map(String::strip).toList();
        event.quantities = input.quantities() == null ? List.of() : input.quantities().stream()
                .map(q -> new Quantity(q.measure(), q.unit(), figureRules.derive(q.figure()), q.claimant())).toList();
    }

    public EventView toView(Event e) {
        return new EventView(e.id, e.version, e.title, e.type, e.date, e.datePrecision, e.endDate, e.summary, e.actors,
                e.location, e.sources, e.tags, e.quantities, e.status, e.retractionReason, e.externalKey, e.createdAt,
                e.updatedAt, e.createdBy, e.updatedBy);
    }
}
