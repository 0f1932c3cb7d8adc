package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A number as stated: qualifier with value, or low and high for RANGE, or the word of an UNQUANTIFIED "
        + "figure; the bounds are derived")
@Input("FigureInput")
public record FigureInput(@NonNull Qualifier qualifier, Long value, Long low, Long high,
        @Description("The vague word as stated (\"thousands\"), only with qualifier UNQUANTIFIED; casualty claims "
                + "and event quantities keep it") String word) {
}
