package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Something pledged (\"F-16 aircraft\"), with pledged and delivered quantities when known")
public record Item(String name, ItemCategory category, Long quantity, Long deliveredQuantity) {
}
