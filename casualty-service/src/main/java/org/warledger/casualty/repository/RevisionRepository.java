package org.warledger.casualty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.warledger.casualty.domain.ClaimRevision;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<ClaimRevision, UUID> {

    public List<ClaimRevision> history(UUID claimId) {
        return list("claimId", Sort.by("revision"), claimId);
    }

    public ClaimRevision current(UUID claimId, int revision) {
        return find("claimId = ?1 and revision = ?2", claimId, revision).singleResult();
    }
}
