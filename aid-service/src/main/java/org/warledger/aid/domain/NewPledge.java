package org.warledger.aid.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pledge, reported total or contract to record, already valid as input. A null status means ANNOUNCED, a null
 * qualifier of the value EXACT, null items none.
 */
public record NewPledge(String title, String donor, String recipient, Kind kind, AidType type, PledgeStatus status,
        LocalDate announcedOn, Money value, List<Item> items, String timeframe, UUID parentId, UUID eventId,
        List<Source> sources, String externalKey) {
}
