package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("How compared claims stand: AGREE when some number is allowed by every claim, CONTRADICT when two "
        + "claims allow no number in common, NOTHING_TO_COMPARE with fewer than two claims")
public enum Verdict {
    AGREE, CONTRADICT, NOTHING_TO_COMPARE
}
