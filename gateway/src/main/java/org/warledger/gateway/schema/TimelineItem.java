package org.warledger.gateway.schema;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

@Union
@Description("An event, a casualty claim or an aid pledge, placed on the timeline by its main date")
public interface TimelineItem {
}
