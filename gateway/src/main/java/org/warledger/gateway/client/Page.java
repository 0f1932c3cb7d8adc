package org.warledger.gateway.client;

import java.util.List;

/** A page of a service's list, as the services answer it. */
public record Page<T>(List<T> items, String nextCursor) {

    static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }
}
