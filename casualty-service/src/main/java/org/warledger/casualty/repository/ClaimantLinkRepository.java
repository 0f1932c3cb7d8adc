package org.warledger.casualty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.warledger.casualty.domain.ClaimantLink;

@ApplicationScoped
public class ClaimantLinkRepository implements PanacheRepositoryBase<ClaimantLink, UUID> {

    /** Every link of one claim, oldest first. */
    public List<ClaimantLink> ofClaim(UUID claimId) {
        return list("claimId", Sort.by("recordedAt").and("id"), claimId);
    }
}
