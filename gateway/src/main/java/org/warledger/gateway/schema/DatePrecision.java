package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely a date is known")
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR
}
