package org.warledger.aid.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warledger.aid.domain.AidPledge;
import org.warledger.aid.domain.Item;
import org.warledger.aid.domain.Money;
import org.warledger.aid.domain.NewPledge;
import org.warledger.aid.domain.Normalized;
import org.warledger.aid.domain.NormalizedPledge;
import org.warledger.aid.domain.Source;
import org.warledger.aid.domain.StatusChange;
import org.warledger.aid.domain.StatusStep;
import org.warledger.aid.domain.Totals;
import org.warledger.aid.domain.TotalsGrouping;
import org.warledger.platform.imports.Ndjson;

/** Maps the pledge API's records to the domain's and back; the JSON a client sends and reads is decided here. */
@ApplicationScoped
public class PledgeMapper {

    /** The groupings of totals by their {@code groupBy} query parameter's value. */
    static final Map<String, TotalsGrouping> GROUPINGS = Arrays.stream(TotalsGrouping.values())
            .collect(Collectors.toUnmodifiableMap(PledgeMapper::parameterOf, Function.identity()));

    public NewPledge toNewPledge(PledgeInput input) {
        return new NewPledge(input.title(), input.donor(), input.recipient(), input.kind(), input.type(),
                input.status(), input.announcedOn(), toMoney(input.value()),
                input.items() == null ? null : input.items().stream().map(PledgeMapper::toItem).toList(),
                input.timeframe(), input.parentId(), input.eventId(),
                input.sources().stream().map(PledgeMapper::toSource).toList(), input.externalKey());
    }

    /** The lines of an import with their valid inputs as new pledges; refused and blank lines stay as they are. */
    public List<Ndjson.Line<NewPledge>> toNewPledges(List<Ndjson.Line<PledgeInput>> lines) {
        return lines.stream()
                .map(line -> new Ndjson.Line<>(line.number(), line.input() == null ? null : toNewPledge(line.input()),
                        line.violations(), line.violationCount(), line.blank()))
                .toList();
    }

    public StatusStep toStep(StatusInput input) {
        return new StatusStep(input.status(), input.on(), toSource(input.source()), input.version());
    }

    public PledgeView toView(NormalizedPledge read) {
        AidPledge p = read.pledge();
        Money value = p.value;
        MoneyDto money = value == null ? null
                : new MoneyDto(value.amount().stripTrailingZeros(), value.currency(), value.qualifier());
        return new PledgeView(p.id, p.version, p.title, p.donor, p.recipient, p.kind, p.type, p.status, p.announcedOn,
                money, toView(read.normalized()), p.items.stream().map(PledgeMapper::toView).toList(), p.timeframe,
                p.parentId, p.eventId, p.sources.stream().map(PledgeMapper::toView).toList(),
                p.statusHistory.stream().map(PledgeMapper::toView).toList(), p.externalKey, p.createdAt, p.updatedAt,
                p.createdBy, p.updatedBy);
    }

    public List<PledgeView> toViews(List<NormalizedPledge> pledges) {
        return pledges.stream().map(this::toView).toList();
    }

    public TotalsView toView(Totals totals) {
        return new TotalsView(totals.currency(), totals.total(), totals.count(), totals.unvalued(),
                parameterOf(totals.groupBy()), totals.groups().stream()
                        .map(g -> new TotalsView.Group(g.key(), g.total(), g.count(), g.unvalued())).toList());
    }

    /** The value of the {@code groupBy} query parameter that asks for this grouping: its name in lower case. */
    private static String parameterOf(TotalsGrouping grouping) {
        return grouping == null ? null : grouping.name().toLowerCase(Locale.ROOT);
    }

    private static NormalizedView toView(Normalized n) {
        return n == null ? null
                : new NormalizedView(n.eur(), n.usd(), n.rateDate(), n.rateSource(), n.rates().stream()
                        .map(r -> new NormalizedView.RateUsed(r.currency(), r.perEur(), r.date(), r.source())).toList(),
                        n.unavailable());
    }

    private static Money toMoney(MoneyDto value) {
        return value == null ? null : new Money(value.amount(), value.currency(), value.qualifier());
    }

    private static Item toItem(ItemDto item) {
        return new Item(item.name(), item.category(), item.quantity(), item.deliveredQuantity());
    }

    private static ItemDto toView(Item item) {
        return new ItemDto(item.name(), item.category(), item.quantity(), item.deliveredQuantity());
    }

    private static Source toSource(SourceDto source) {
        return new Source(source.url(), source.publisher(), source.title(), source.publishedOn(), source.retrievedOn(),
                source.quote());
    }

    private static SourceDto toView(Source source) {
        return source == null ? null : new SourceDto(source.url(), source.publisher(), source.title(),
                source.publishedOn(), source.retrievedOn(), source.quote());
    }

    private static StatusChangeView toView(StatusChange change) {
        return new StatusChangeView(change.status(), change.on(), toView(change.source()), change.recordedAt(),
                change.recordedBy());
    }
}
