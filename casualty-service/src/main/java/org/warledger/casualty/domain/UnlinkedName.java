package org.warledger.casualty.domain;

import java.time.LocalDate;

/** A written claimant no identity stands for: how many claims are written with it, and the newest asOf among them. */
public record UnlinkedName(String name, long claims, LocalDate latestAsOf) {
}
