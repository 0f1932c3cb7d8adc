package org.warledger.platform.rest;

import java.util.List;

/** One page of a list; pass {@code nextCursor} as {@code after} to read the next one. Null when there is none. */
public record Page<T>(List<T> items, String nextCursor) {
}
