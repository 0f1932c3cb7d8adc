package org.warledger.gateway.resolver;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.inject.Instance;

/** The field being resolved, as SmallRye's request context holds it. */
final class Resolving {

    private Resolving() {
    }

    /** The environment of the field being resolved; null outside a GraphQL request or when SmallRye has none. */
    static DataFetchingEnvironment environment(Instance<Context> context) {
        try {
            return context.get().unwrap(DataFetchingEnvironment.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
