package org.warledger.gateway.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The services' JSON as the gateway reads and sends it: records matching event-service's, casualty-service's and
 * aid-service's request and response bodies, field for field. Enum values travel as text. They are not the GraphQL
 * schema: {@link WireMapper} maps them to and from the schema's types, so that a change in a service's JSON changes
 * these records and the mapper, never the public schema unnoticed.
 */
public final class Wire {

    private Wire() {
    }

    public record Event(String id, long version, String title, String type, LocalDate date, String datePrecision,
            LocalDate endDate, String summary, List<String> actors, Location location, List<Source> sources,
            List<String> tags, List<Quantity> quantities, String status, String retractionReason, Instant createdAt,
            Instant updatedAt, String createdBy, String updatedBy) {
    }

    public record Location(String name, String region, String country, Double latitude, Double longitude,
            String precision) {
    }

    public record Source(String url, String publisher, String title, LocalDate publishedOn, LocalDate retrievedOn,
            String quote) {
    }

    public record Quantity(String measure, String unit, Figure figure, String claimant) {
    }

    public record Figure(String qualifier, Long value, Long low, Long best, Long high) {
    }

    public record CasualtyClaim(String id, long version, String claimant, String subject, String force, String category,
            String equipmentType, Figure figure, Scope scope, LocalDate asOf, LocalDate statedOn, String eventId,
            List<Source> sources, String status, int revision, Instant createdAt, Instant updatedAt, String createdBy,
            String updatedBy) {
    }

    public record Scope(String kind, LocalDate from, LocalDate to) {
    }

    public record AidPledge(String id, long version, String title, String donor, String recipient, String kind,
            String type, String status, LocalDate announcedOn, Money value, Normalized normalized, List<Item> items,
            String timeframe, String parentId, String eventId, List<Source> sources, List<StatusChange> statusHistory,
            Instant createdAt, Instant updatedAt, String createdBy, String updatedBy) {
    }

    public record Money(BigDecimal amount, String currency, String qualifier) {
    }

    public record Normalized(BigDecimal eur, BigDecimal usd, LocalDate rateDate, String rateSource,
            String unavailable) {
    }

    public record Item(String name, String category, Long quantity, Long deliveredQuantity) {
    }

    public record StatusChange(String status, LocalDate on, Source source, Instant recordedAt, String recordedBy) {
    }

    public record CasualtySummary(String subject, String category, String equipmentType, String scope, LocalDate asOf,
            int claimants, Long low, String lowClaimant, Long high, String highClaimant, boolean openAbove,
            int unquantified, List<CasualtyClaim> claims) {
    }

    public record AidTotals(String currency, BigDecimal total, long count, long unvalued, String groupBy,
            List<AidTotalsGroup> groups) {
    }

    public record AidTotalsGroup(String key, BigDecimal total, long count, long unvalued) {
    }

    public record EventInput(String title, String type, LocalDate date, String datePrecision, LocalDate endDate,
            String summary, List<String> actors, Location location, List<Source> sources, List<String> tags,
            List<QuantityInput> quantities, String externalKey, Long version) {
    }

    public record QuantityInput(String measure, String unit, FigureInput figure, String claimant) {
    }

    public record FigureInput(String qualifier, Long value, Long low, Long high) {
    }

    public record CasualtyClaimInput(String claimant, String subject, String force, String category,
            String equipmentType, FigureInput figure, Scope scope, LocalDate asOf, LocalDate statedOn, String eventId,
            List<Source> sources, String externalKey) {
    }

    public record RevisionInput(Long version, FigureInput figure, LocalDate asOf, LocalDate statedOn,
            List<Source> sources, String note) {
    }

    public record AidPledgeInput(String title, String donor, String recipient, String kind, String type, String status,
            LocalDate announcedOn, Money value, List<Item> items, String timeframe, String parentId, String eventId,
            List<Source> sources, String externalKey) {
    }

    public record StatusChangeInput(String status, LocalDate on, Source source, Long version) {
    }
}
