package org.warledger.aid.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warledger.aid.service.FxRateService;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.paging.Page;
import org.warledger.platform.rest.QueryParameters;

@Path("/api/fx-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates", description = "Rates the operator loads; pledges are normalised with them when read")
public class FxRateResource {

    private final FxRateService service;
    private final FxRateMapper mapper;
    private final QueryParameters parameters;
    private final JsonWebToken caller;

    public FxRateResource(FxRateService service, FxRateMapper mapper, QueryParameters parameters, JsonWebToken caller) {
        this.service = service;
        this.mapper = mapper;
        this.parameters = parameters;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("editor")
    @Operation(operationId = "createFxRate", summary = "Load an exchange rate",
            description = "Needs role editor. Units of currency per 1 EUR on a date, with its source. Applies at "
                    + "once to every pledge announced on or after that date (until a later rate). One rate per "
                    + "currency and date: a second gets 409.")
    @APIResponse(responseCode = "201", description = "Loaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FxRateView.class)))
    public Response create(@NotNull @Valid FxRateInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toView(service.create(mapper.toNewRate(input), caller.getSubject()))).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listFxRates", summary = "List exchange rates", description = "Newest first.")
    public Page<FxRateView> list(
            @QueryParam("currency") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$"),
                    description = "ISO 4217 code") String currency,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @Parameter(description = "At most 500") String limit) {
        String code = parameters.text("currency", currency);
        if (code != null && !CurrencyCode.Validator.isCurrency(code)) {
            throw Refusals.badQueryParameter("currency", "must be an ISO 4217 currency code such as USD");
        }
        List<FxRateView> rates = service
                .search(code, parameters.date("from", from), parameters.date("to", to), parameters.limit(limit))
                .stream().map(mapper::toView).toList();
        return new Page<>(rates, null);
    }
}
