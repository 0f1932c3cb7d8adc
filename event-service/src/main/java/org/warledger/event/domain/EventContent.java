package org.warledger.event.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor states about an event, for a create, an import line or a replacement: already valid, with the figures
 * of {@code quantities} as stated (the service derives their bounds). {@code externalKey} is the caller's own key, null
 * when the caller keeps none. A date precision left out is {@code DAY}; lists left out are empty.
 */
public record EventContent(String title, EventType type, LocalDate date, DatePrecision datePrecision, LocalDate endDate,
        String summary, List<String> actors, Location location, List<Source> sources, List<String> tags,
        List<Quantity> quantities, String externalKey) {

    public EventContent {
        datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
        actors = actors == null ? List.of() : List.copyOf(actors);
        sources = sources == null ? List.of() : List.copyOf(sources);
        tags = tags == null ? List.of() : List.copyOf(tags);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }
}
