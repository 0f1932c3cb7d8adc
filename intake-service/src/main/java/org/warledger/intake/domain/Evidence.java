package org.warledger.intake.domain;

/**
 * The words that produced one proposed field: {@code field} is its path in the proposed record ("figure.value",
 * "claimant"), {@code start}/{@code end} are UTF-16 offsets into the article text (end exclusive), {@code rule} names
 * the extraction rule that read them.
 */
public record Evidence(String field, int start, int end, String rule) {
}
