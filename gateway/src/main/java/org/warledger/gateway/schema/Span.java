package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("A stretch of an article's text: UTF-16 offsets (as Java and JavaScript count characters), start "
        + "inclusive, end exclusive")
public record Span(int start, int end) {
}
