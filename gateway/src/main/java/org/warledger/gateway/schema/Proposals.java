package org.warledger.gateway.schema;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** A candidate's proposed record, typed: the owning service's input fields, without sources and externalKey. */
public final class Proposals {

    private Proposals() {
    }

    @Description("A casualty claim as proposed from an article's text")
    public record ProposedCasualtyClaim(String claimant, String subject, String force, Category category,
            EquipmentType equipmentType, Figure figure, Scope scope, LocalDate asOf, LocalDate statedOn) {
    }

    @Description("An aid pledge, reported total or contract as proposed from an article's text")
    public record ProposedAidPledge(String title, String donor, String recipient, AidKind kind, AidType type,
            PledgeStatus status, LocalDate announcedOn, Money value, List<Item> items, String timeframe) {
    }

    @Description("An event as proposed from an article's text")
    public record ProposedEvent(String title, EventType type, LocalDate date, DatePrecision datePrecision,
            List<String> actors, Location location, String summary, List<Quantity> quantities) {
    }
}
