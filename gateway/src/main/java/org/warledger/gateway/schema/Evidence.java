package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The stretch of text a proposed field was read from, and the rule that read it")
public record Evidence(@Description("The proposed field, as a path (\"figure.value\")") String field,
        @Description("UTF-16 offset into the article's text, inclusive") int start,
        @Description("UTF-16 offset into the article's text, exclusive") int end,
        @Description("The rule that read it (\"number\")") String rule) {
}
