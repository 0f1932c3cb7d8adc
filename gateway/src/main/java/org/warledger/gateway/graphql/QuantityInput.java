package org.warledger.gateway.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QuantityInput")
public record QuantityInput(@NonNull String measure, String unit, @NonNull FigureInput figure, String claimant) {
}
