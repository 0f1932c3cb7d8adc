package org.warledger.casualty.domain;

import java.util.List;
import java.util.UUID;

/** What an editor states about a claimant: its name, other names, kind, party and parent. */
public record ClaimantContent(String name, List<String> aliases, ClaimantKind kind, String affiliation, UUID parentId) {
}
