package org.warledger.gateway.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.warledger.gateway.schema.Connections.PageInfo;
import org.warledger.gateway.schema.Connections.TimelineConnection;
import org.warledger.gateway.schema.Connections.TimelineEdge;
import org.warledger.gateway.schema.TimelineItem;

/**
 * The timeline: the three services' lists merged newest first by each record's main date, then id (the order each
 * service lists them in). The merge reads the records' dates and ids, never the services' cursors: each edge's cursor
 * holds, for every service, the service's own cursor and how many items of the page after it are already on the
 * timeline ({@link Cursors.Position}).
 */
final class Timeline {

    /** Events, casualty claims, aid pledges: the order of the positions in a timeline cursor. */
    static final int SERVICES = 3;

    private Timeline() {
    }

    /** One service's slice with the schema type, main date and id of its records. */
    record Source<T extends TimelineItem>(Pages.Slice<?> slice, List<T> items, Function<T, LocalDate> date,
            Function<T, String> id) {
    }

    static <W, T extends TimelineItem> Source<T> source(Pages.Slice<W> slice, Function<W, T> map,
            Function<T, LocalDate> date, Function<T, String> id) {
        List<T> items = new ArrayList<>(slice.items().size());
        slice.items().forEach(item -> items.add(map.apply(item)));
        return new Source<>(slice, items, date, id);
    }

    /**
     * Takes the newest item among the services' next ones until {@code size} are taken, or until a service whose slice
     * is used up has more beyond it: what it has next is unknown, so the page ends there.
     */
    static TimelineConnection merge(int size, List<Source<?>> sources) {
        int[] next = new int[sources.size()];
        Cursors.Position[] positions = new Cursors.Position[sources.size()];
        for (int s = 0; s < sources.size(); s++) {
            next[s] = sources.get(s).slice().start();
            positions[s] = sources.get(s).slice().at();
        }
        List<TimelineEdge> edges = new ArrayList<>();
        while (edges.size() < size) {
            int newest = -1;
            boolean unknown = false;
            for (int s = 0; s < sources.size(); s++) {
                Source<?> source = sources.get(s);
                if (next[s] >= source.items().size()) {
                    unknown |= source.slice().next() != null;
                } else if (newest < 0 || newer(source, next[s], sources.get(newest), next[newest])) {
                    newest = s;
                }
            }
            if (newest < 0 || unknown) {
                break;
            }
            Source<?> taken = sources.get(newest);
            positions[newest] = taken.slice().after(next[newest]);
            edges.add(new TimelineEdge(taken.items().get(next[newest]), Cursors.ofTimeline(List.of(positions))));
            next[newest]++;
        }
        boolean more = false;
        for (int s = 0; s < sources.size(); s++) {
            more |= sources.get(s).slice().moreAfter(next[s] - 1);
        }
        return new TimelineConnection(edges, new PageInfo(more, false, edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    }

    /** Whether item {@code i} of {@code a} comes before item {@code j} of {@code b}: later date, then greater id. */
    private static boolean newer(Source<?> a, int i, Source<?> b, int j) {
        int byDate = date(a, i).compareTo(date(b, j));
        return byDate != 0 ? byDate > 0 : id(a, i).compareTo(id(b, j)) > 0;
    }

    private static <T extends TimelineItem> LocalDate date(Source<T> source, int index) {
        return source.date().apply(source.items().get(index));
    }

    private static <T extends TimelineItem> String id(Source<T> source, int index) {
        return source.id().apply(source.items().get(index));
    }
}
