package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QuantityInput")
public record QuantityInput(@NonNull String measure, String unit, @NonNull FigureInput figure, String claimant) {
}
