package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("A number as stated (qualifier and value) with the bounds the service derives from the wording: "
        + "EXACT v gives v/v/v; APPROXIMATELY v gives ±10% (configurable); AT_LEAST v gives low v and no high; "
        + "MORE_THAN v gives low v+1; AT_MOST v gives high v; RANGE gives low/high; UNQUANTIFIED has no number, "
        + "only a word whose low comes from a vocabulary (\"thousands\" gives low 2000, no best or high)")
public record Figure(Qualifier qualifier, Long value, Long low, Long best, Long high,
        @Description("The vague word of an UNQUANTIFIED figure, as stated (\"thousands\"); null for the "
                + "others") String word) {
}
