package org.warledger.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Trusted documents (persisted queries) at the GraphQL endpoint: see {@link TrustedDocuments}. */
@ConfigMapping(prefix = "warledger.graphql.trusted-documents")
public interface TrustedDocumentsConfig {

    /**
     * The manifests the operator ships: JSON files, each one object that maps a document id ({@code sha256:} and the
     * hex SHA-256 of the document's UTF-8 text; the bare hex is accepted too) to the document's text. A path, or
     * {@code classpath:} and a resource name. A manifest that cannot be read, or whose id does not match its text,
     * stops the gateway at start-up.
     */
    Optional<List<String>> manifest();

    /**
     * Production setting: only the documents of the manifests run. A request that sends another document's text, or
     * registers one as an automatic persisted query, is refused with {@code TRUSTED_DOCUMENT_REQUIRED}.
     */
    @WithDefault("false")
    boolean only();

    /**
     * Automatic persisted queries (the APQ convention): a client sends a document with its hash once, then the hash
     * alone. Documents so registered are kept in memory, bounded like the parsed documents; off when {@link #only()}.
     */
    @WithDefault("true")
    boolean automatic();
}
