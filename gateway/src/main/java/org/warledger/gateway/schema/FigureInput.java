package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A number as stated: qualifier with value, or low and high for RANGE; the bounds are derived")
@Input("FigureInput")
public record FigureInput(@NonNull Qualifier qualifier, Long value, Long low, Long high) {
}
