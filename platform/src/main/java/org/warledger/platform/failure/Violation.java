package org.warledger.platform.failure;

/** One field that failed validation: where it was ({@code body}, {@code query}, {@code path}) and why. */
public record Violation(String field, String in, String message) {
}
