package org.warledger.casualty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.warledger.casualty.domain.Claimant;
import org.warledger.casualty.domain.ClaimantAlias;
import org.warledger.casualty.domain.ClaimantContent;
import org.warledger.casualty.domain.ClaimantKind;
import org.warledger.casualty.domain.ClaimantLink;
import org.warledger.casualty.domain.LinkReason;
import org.warledger.casualty.domain.UnlinkedName;
import org.warledger.casualty.repository.ClaimRepository;
import org.warledger.casualty.repository.ClaimantLinkRepository;
import org.warledger.casualty.repository.ClaimantRepository;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.paging.Page;
import org.warledger.platform.paging.PageCursor;

/**
 * Claimant identities. Every name of a claimant (its own and its aliases) belongs to it alone. Giving a claimant a name
 * links the claims written with that name that have no identity yet, and records each link; claims already linked
 * elsewhere stay as they are (an editor re-links them), and removing a name unlinks nothing.
 */
@ApplicationScoped
@Transactional
public class ClaimantService {

    private final ClaimantRepository claimants;
    private final ClaimRepository claims;
    private final ClaimantLinkRepository links;

    public ClaimantService(ClaimantRepository claimants, ClaimRepository claims, ClaimantLinkRepository links) {
        this.claimants = claimants;
        this.claims = claims;
        this.links = links;
    }

    public Claimant create(ClaimantContent content, String user) {
        Claimant claimant = new Claimant();
        claimant.id = UUID.randomUUID();
        claimant.createdAt = now();
        claimant.createdBy = user;
        apply(claimant, content, user);
        Map<String, String> names = names(content);
        checkNamesFree(names, claimant.id);
        checkParent(claimant.id, content.parentId());
        claimants.persist(claimant);
        claimants.flush();
        addNames(claimant, names.keySet(), user);
        claimants.flush();
        return claimant;
    }

    /** A new state of a claimant; {@code version} is the one the editor changes. */
    public Claimant update(UUID id, long version, ClaimantContent content, String user) {
        Claimant claimant = load(id);
        if (claimant.version != version) {
            throw Refusals.conflict("claimant " + id + " is at version " + claimant.version + ", not " + version
                    + "; read it again and reapply your change");
        }
        Map<String, String> names = names(content);
        checkNamesFree(names, id);
        checkParent(id, content.parentId());
        Set<String> added = new HashSet<>(names.keySet());
        for (ClaimantAlias alias : claimants.aliasesOf(id)) {
            if (!added.remove(alias.key)) {
                claimants.removeAlias(alias);
            }
        }
        apply(claimant, content, user);
        claimants.flush();
        addNames(claimant, added, user);
        claimants.flush();
        return claimant;
    }

    @Transactional(TxType.SUPPORTS)
    public Claimant get(UUID id) {
        return load(id);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<Claimant> list(ClaimantKind kind, String affiliation, UUID parentId, PageCursor after, int limit) {
        return Page.of(claimants.page(kind, affiliation, parentId, after, limit + 1), limit,
                last -> new PageCursor(PageCursor.Order.NAME, last.name, last.id), c -> c);
    }

    /** The identity one of whose names is {@code writtenName} (case and runs of white space aside). */
    @Transactional(TxType.SUPPORTS)
    public Optional<Claimant> resolve(String writtenName) {
        return claimants.findByAliasKey(ClaimantAlias.keyOf(writtenName));
    }

    /** Written claimants no identity stands for, most claims first. */
    @Transactional(TxType.SUPPORTS)
    public List<UnlinkedName> unlinked(int max) {
        return claims.unlinkedNames(max);
    }

    /** The claimant's name first, then its aliases, by lookup key: two names with one key are one name. */
    private static Map<String, String> names(ClaimantContent content) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(ClaimantAlias.keyOf(content.name()), content.name().strip());
        for (String alias : content.aliases()) {
            names.putIfAbsent(ClaimantAlias.keyOf(alias), alias.strip());
        }
        return names;
    }

    private void apply(Claimant claimant, ClaimantContent content, String user) {
        String own = ClaimantAlias.keyOf(content.name());
        Map<String, String> others = names(content);
        others.remove(own);
        claimant.name = content.name().strip();
        claimant.aliases = List.copyOf(others.values());
        claimant.kind = content.kind();
        claimant.affiliation = content.affiliation();
        claimant.parentId = content.parentId();
        claimant.updatedAt = now();
        claimant.updatedBy = user;
    }

    private void checkNamesFree(Map<String, String> names, UUID self) {
        Map<String, UUID> taken = claimants.idsByAliasKey(names.keySet());
        taken.forEach((key, owner) -> {
            if (!owner.equals(self)) {
                throw Refusals.conflict("the name '" + names.get(key) + "' belongs to claimant " + owner
                        + " already; a name stands for one claimant");
            }
        });
    }

    /** The parent must exist, and following parents up from it must never come back to this claimant. */
    private void checkParent(UUID self, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = parentId; at != null; at = load(at, "parentId").parentId) {
            if (at.equals(self)) {
                throw Refusals.unprocessable("parentId: claimant " + self + " cannot be its own ancestor");
            }
            if (!seen.add(at)) {
                break;
            }
        }
    }

    /** Stores the lookup keys and links the claims without identity that are written with one of these names. */
    private void addNames(Claimant claimant, Set<String> keys, String user) {
        for (String key : keys) {
            ClaimantAlias alias = new ClaimantAlias();
            alias.key = key;
            alias.claimantId = claimant.id;
            claimants.persistAlias(alias);
        }
        if (keys.isEmpty()) {
            return;
        }
        List<String> written = new ArrayList<>();
        for (String name : claims.unlinkedWrittenNames()) {
            if (keys.contains(ClaimantAlias.keyOf(name))) {
                written.add(name);
            }
        }
        Instant at = claimant.updatedAt;
        for (UUID claimId : claims.linkUnlinked(written, claimant.id, at, user)) {
            ClaimantLink link = new ClaimantLink();
            link.id = UUID.randomUUID();
            link.claimId = claimId;
            link.claimantId = claimant.id;
            link.how = LinkReason.ALIAS_ADDED;
            link.note = "written claimant matches a name of " + claimant.name;
            link.recordedAt = at;
            link.recordedBy = user;
            links.persist(link);
        }
    }

    private Claimant load(UUID id) {
        return claimants.findByIdOptional(id).orElseThrow(() -> Refusals.notFound("claimant " + id));
    }

    private Claimant load(UUID id, String field) {
        return claimants.findByIdOptional(id)
                .orElseThrow(() -> Refusals.unprocessable(field + ": claimant " + id + " does not exist"));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
