package org.warledger.casualty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** One name of a claimant by its lookup key: a written claimant with this key is that claimant. */
@Entity
@Table(name = "claimant_alias")
public class ClaimantAlias {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Id
    public String key;

    @Column(name = "claimant_id")
    public UUID claimantId;

    /**
     * The lookup key of a written name: the name exactly, except that case and runs of white space do not count ("DoD",
     * "DOD" and "dod" are one name; "D.o.D." is another).
     */
    public static String keyOf(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
