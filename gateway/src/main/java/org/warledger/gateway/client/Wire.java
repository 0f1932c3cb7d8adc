package org.warledger.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The services' JSON as the gateway reads and sends it: records matching event-service's, casualty-service's,
 * aid-service's and intake-service's request and response bodies, field for field. Enum values travel as text. They are
 * not the GraphQL schema: {@link WireMapper} maps them to and from the schema's types, so that a change in a service's
 * JSON changes these records and the mapper, never the public schema unnoticed.
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

    public record Figure(String qualifier, Long value, Long low, Long best, Long high, String word) {
    }

    public record CasualtyClaim(String id, long version, String claimant, String claimantId, String claimantName,
            String affiliation, String subject, String force, String category, String equipmentType, Figure figure,
            Scope scope, LocalDate asOf, LocalDate statedOn, String eventId, List<Source> sources, String status,
            int revision, Instant createdAt, Instant updatedAt, String createdBy, String updatedBy) {
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
            Integer window, Instant knownAt, int claimants, List<CasualtyClaim> claims, ComparedClaim lowestBest,
            ComparedClaim highestBest, String verdict, Interval agreement, List<Contradiction> contradictions,
            int contradictionCount, int unbounded, Long low, String lowClaimant, Long high, String highClaimant,
            boolean openAbove, LocalDate oldestAsOf, LocalDate newestAsOf, List<ExcludedClaim> excluded,
            List<AffiliationComparison> byAffiliation) {
    }

    public record ComparedClaim(String claimId, String claimant, String claimantId, String claimantName, LocalDate asOf,
            Figure figure) {
    }

    public record Interval(long low, Long high) {
    }

    public record Contradiction(ComparedClaim lower, ComparedClaim higher, long gap) {
    }

    public record ExcludedClaim(CasualtyClaim claim, String reason, String detail) {
    }

    public record AffiliationComparison(String affiliation, String relation, int claimants, List<String> claimIds,
            ComparedClaim lowestBest, ComparedClaim highestBest, String verdict, Interval agreement,
            List<Contradiction> contradictions, int contradictionCount, int unbounded, Long low, Long high,
            boolean openAbove, LocalDate oldestAsOf, LocalDate newestAsOf) {
    }

    public record CasualtySeries(String subject, String category, String equipmentType, String scope, Instant knownAt,
            List<SeriesLine> lines, int points, boolean truncated) {
    }

    public record SeriesLine(String claimantId, String name, String affiliation, List<SeriesPoint> points) {
    }

    public record SeriesPoint(String claimId, String claimant, LocalDate asOf, LocalDate statedOn, Scope scope,
            Figure figure) {
    }

    public record Claimant(String id, long version, String name, List<String> aliases, String kind, String affiliation,
            String parentId, Instant createdAt, Instant updatedAt, String createdBy, String updatedBy) {
    }

    public record UnlinkedClaimants(List<UnlinkedClaimant> items, boolean truncated) {
    }

    public record UnlinkedClaimant(String name, long claims, LocalDate latestAsOf) {
    }

    public record ClaimantLink(String claimantId, String previousClaimantId, String how, String note,
            Instant recordedAt, String recordedBy) {
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

    /** A figure as stated, with the word of an UNQUANTIFIED figure. */
    public record FigureInput(String qualifier, Long value, Long low, Long high, String word) {
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

    /** The body of a claimant's create (without a version) and of its update (with the version read). */
    public record ClaimantInput(String name, List<String> aliases, String kind, String affiliation, String parentId,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {
    }

    /** A claim's link to a claimant identity; a null claimantId is sent as null: it unlinks the claim. */
    public record ClaimantLinkInput(Long version, String claimantId, String note) {
    }

    public record StatusChangeInput(String status, LocalDate on, Source source, Long version) {
    }

    /** An article as intake-service stores it; its lists leave the text out. */
    public record Article(String id, long version, String url, String publisher, String title, LocalDate publishedOn,
            LocalDate retrievedOn, String language, String text, String contentHash, Integer candidateCount,
            Instant createdAt, Instant updatedAt, String createdBy) {
    }

    /** An article to store: its text, or its HTML page for the service to take the text from. */
    public record ArticleInput(String url, String publisher, String title, LocalDate publishedOn, LocalDate retrievedOn,
            String language, @JsonInclude(JsonInclude.Include.NON_NULL) String text,
            @JsonInclude(JsonInclude.Include.NON_NULL) String html) {
    }

    /**
     * A record intake-service found in an article's text; {@code proposed} holds the owning service's input fields as
     * JSON, whose shape depends on {@code kind}.
     */
    public record Candidate(String id, String articleId, String kind, JsonNode proposed, Span span, String quote,
            List<Evidence> evidence, Double confidence, List<String> reasons, String status, String recordId,
            String rejectionReason, String reviewedBy, Instant reviewedAt, long version, Instant createdAt,
            Instant updatedAt) {
    }

    public record Span(int start, int end) {
    }

    public record Evidence(String field, int start, int end, String rule) {
    }

    /** The body of an acceptance: a JSON merge patch over {@code proposed}, or none. */
    public record AcceptanceInput(@JsonInclude(JsonInclude.Include.NON_NULL) JsonNode edits) {
    }

    public record RejectionInput(String reason) {
    }

    /** A CASUALTY_CLAIM candidate's {@code proposed}: casualty-service's input fields, without sources. */
    public record ProposedCasualtyClaim(String claimant, String subject, String force, String category,
            String equipmentType, Figure figure, Scope scope, LocalDate asOf, LocalDate statedOn) {
    }

    /** An AID_PLEDGE candidate's {@code proposed}: aid-service's input fields, without sources. */
    public record ProposedAidPledge(String title, String donor, String recipient, String kind, String type,
            String status, LocalDate announcedOn, Money value, List<Item> items, String timeframe) {
    }

    /** An EVENT candidate's {@code proposed}: event-service's input fields, without sources. */
    public record ProposedEvent(String title, String type, LocalDate date, String datePrecision, List<String> actors,
            Location location, String summary, List<Quantity> quantities) {
    }
}
