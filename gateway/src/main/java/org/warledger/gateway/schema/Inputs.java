package org.warledger.gateway.schema;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The inputs of the mutations; their fields and enum values are event-service's, casualty-service's, aid-service's and
 * intake-service's.
 */
public final class Inputs {

    private Inputs() {
    }

    @Input("EventInput")
    @Description("An event as reported; on update, version is the one you read")
    public record EventInput(@NonNull String title, @NonNull EventType type, @NonNull LocalDate date,
            DatePrecision datePrecision, LocalDate endDate, String summary, List<String> actors, Location location,
            @NonNull List<Source> sources, List<String> tags, List<QuantityInput> quantities, String externalKey,
            Long version) {
    }

    @Input("CasualtyClaimInput")
    @Description("A casualty claim as stated")
    public record CasualtyClaimInput(@NonNull String claimant, @NonNull String subject, String force,
            @NonNull Category category, EquipmentType equipmentType, @NonNull FigureInput figure, @NonNull Scope scope,
            @NonNull LocalDate asOf, LocalDate statedOn, String eventId, @NonNull List<Source> sources,
            String externalKey) {
    }

    @Input("RevisionInput")
    @Description("A corrected figure, based on the version it corrects")
    public record RevisionInput(@NonNull Long version, @NonNull FigureInput figure, @NonNull LocalDate asOf,
            LocalDate statedOn, @NonNull List<Source> sources, String note) {
    }

    @Input("ClaimantInput")
    @Description("A claimant identity; on update, version is the one you read")
    public record ClaimantInput(@NonNull @Description("The canonical name") String name,
            @Description("Other names claims give it; a claim naming one is linked to it") List<String> aliases,
            @Description("What kind of body it is") ClaimantKind kind,
            @Description("The party it speaks for: a party code (\"US\"), joint \"GB+US\"") String affiliation,
            @Description("The body it belongs to, if any") String parentId,
            @Description("The version you read; required by updateClaimant") Long version) {
    }

    @Input("ClaimantLinkInput")
    @Description("Which claimant identity a claim names, based on the claim's version you read")
    public record ClaimantLinkInput(@NonNull @Description("The claim's version you read") Long version,
            @Description("The identity; null unlinks the claim") String claimantId,
            @Description("Why, for the link's history") String note) {
    }

    @Input("AidPledgeInput")
    @Description("An aid pledge, reported total or contract as reported")
    public record AidPledgeInput(@NonNull String title, @NonNull String donor, @NonNull String recipient,
            @NonNull AidKind kind, @NonNull AidType type, PledgeStatus status, @NonNull LocalDate announcedOn,
            Money value, List<Item> items, String timeframe, String parentId, String eventId,
            @NonNull List<Source> sources, String externalKey) {
    }

    @Input("StatusChangeInput")
    @Description("A dated, sourced status transition")
    public record StatusChangeInput(@NonNull PledgeStatus status, @NonNull LocalDate on, @NonNull Source source,
            Long version) {
    }

    @Input("ArticleInput")
    @Description("A news article to store and read candidates from: its text, or its HTML page for intake-service to "
            + "take the text from (one of the two)")
    public record ArticleInput(@Description("Where it was published") String url, String publisher, String title,
            LocalDate publishedOn, @Description("When it was read from its url") LocalDate retrievedOn,
            @Description("The language of its text (\"en\")") String language,
            @Description("The text, at most 200,000 characters") String text,
            @Description("The HTML page instead of text: intake-service takes up to 2 MB, within the gateway's "
                    + "request size limit") String html) {
    }
}
