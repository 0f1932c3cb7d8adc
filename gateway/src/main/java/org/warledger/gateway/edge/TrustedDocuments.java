package org.warledger.gateway.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.warledger.gateway.edge.GraphQlRequest.Malformed;

/**
 * Trusted documents, also called persisted queries: documents the operator ships in a manifest, which a client names by
 * id instead of sending their text — {@code {"documentId": "sha256:…"}} in a POST body or {@code ?documentId=} on a
 * GET, as GraphQL over HTTP's persisted documents do, or {@code extensions.persistedQuery.sha256Hash} as automatic
 * persisted queries (APQ) do. A GET of a document id is a short, cacheable URL (see {@link GraphQlExecution.Caching}).
 * <p>
 * With {@code only} set (production), no other document runs: the edge refuses the text of a document that is not in a
 * manifest before parsing it. Without it, any document runs, and APQ clients may register their own: a document sent
 * with its hash is kept, once it has passed validation, as the edge keeps parsed documents — at most
 * {@value #REGISTERED_TEXT} characters of them in all, emptied and filled again when full.
 */
final class TrustedDocuments {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String REQUIRED = "TRUSTED_DOCUMENT_REQUIRED";
    static final String PREFIX = "sha256:";
    /** The characters of all documents registered by clients. */
    static final int REGISTERED_TEXT = 512 * 1024;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a request's document is: its text, to be parsed and checked as any other, or a refusal. */
    sealed interface Resolution {
    }

    /** The document's text; {@code register} is the hash under which to keep it once valid (APQ), or null. */
    record Found(String query, String register) implements Resolution {
    }

    /** A GraphQL request error: the code and the message of the one error of the answer. */
    record Refused(String code, String message) implements Resolution {
    }

    private final Map<String, String> manifest;
    private final Map<String, Boolean> trustedText;
    private final boolean only;
    private final boolean automatic;
    private final Map<String, String> registered = new ConcurrentHashMap<>();
    private final AtomicLong registeredText = new AtomicLong();

    TrustedDocuments(Map<String, String> manifest, boolean only, boolean automatic) {
        this.manifest = Map.copyOf(manifest);
        Map<String, Boolean> texts = new HashMap<>();
        manifest.values().forEach(text -> texts.put(text, Boolean.TRUE));
        this.trustedText = Map.copyOf(texts);
        this.only = only;
        this.automatic = automatic && !only;
    }

    static TrustedDocuments from(TrustedDocumentsConfig config) {
        Map<String, String> manifest = new HashMap<>();
        for (String location : config.manifest().orElse(List.of())) {
            read(location.trim(), manifest);
        }
        return new TrustedDocuments(manifest, config.only(), config.automatic());
    }

    int size() {
        return manifest.size();
    }

    /** The document a request names, or why it cannot run; {@link Malformed} for an id or hash of the wrong shape. */
    Resolution resolve(GraphQlRequest request) throws Malformed {
        if (request.documentId() != null) {
            String id = request.documentId();
            if (!id.startsWith(PREFIX) || !HEX.matcher(id.substring(PREFIX.length())).matches()) {
                throw new Malformed("documentId must be " + PREFIX + " and the 64 lower-case hex digits of the "
                        + "document's SHA-256");
            }
            String text = manifest.get(id);
            return text == null ? new Refused(NOT_FOUND, "PersistedQueryNotFound: " + id + " is not a trusted document")
                    : new Found(text, null);
        }
        String hash = persistedQueryHash(request.extensions());
        if (hash != null) {
            checkPersistedQuery(request.extensions(), hash);
            String text = manifest.get(PREFIX + hash);
            if (request.query() == null) {
                if (text == null && automatic) {
                    text = registered.get(hash);
                }
                return text == null ? new Refused(NOT_FOUND, "PersistedQueryNotFound") : new Found(text, null);
            }
            if (!hash.equals(sha256(request.query()))) {
                throw new Malformed("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query");
            }
            if (text == null && only) {
                return required();
            }
            return new Found(request.query(), text == null && automatic ? hash : null);
        }
        if (only && !trustedText.containsKey(request.query())) {
            return required();
        }
        return new Found(request.query(), null);
    }

    /** Keeps a client's document under its hash, once it has passed validation. */
    void register(String hash, String query) {
        if (registered.containsKey(hash)) {
            return;
        }
        if (registeredText.addAndGet(query.length()) > REGISTERED_TEXT) {
            registered.clear();
            registeredText.set(query.length());
        }
        registered.put(hash, query);
    }

    /** The hash of {@code extensions.persistedQuery}, when the request has one (its shape is checked on resolve). */
    static String persistedQueryHash(ObjectNode extensions) {
        JsonNode persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (persisted == null || persisted.isNull()) {
            return null;
        }
        JsonNode hash = persisted.get("sha256Hash");
        return hash != null && hash.isTextual() ? hash.textValue() : "";
    }

    private static void checkPersistedQuery(ObjectNode extensions, String hash) throws Malformed {
        JsonNode version = extensions.get("persistedQuery").get("version");
        if (version == null || !version.isIntegralNumber() || version.intValue() != 1 || !HEX.matcher(hash).matches()) {
            throw new Malformed("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": the 64 lower-case "
                    + "hex digits of the document's SHA-256}");
        }
    }

    private Refused required() {
        return new Refused(REQUIRED, "only trusted documents run here: send the documentId of a document of the "
                + "manifest (" + manifest.size() + " documents)");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void read(String location, Map<String, String> into) {
        JsonNode root;
        try (InputStream in = open(location)) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the trusted documents manifest " + location + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("the trusted documents manifest " + location
                    + " must be one JSON object of document ids and documents");
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String id = entry.getKey().startsWith(PREFIX) ? entry.getKey() : PREFIX + entry.getKey();
            JsonNode text = entry.getValue();
            if (!text.isTextual() || text.textValue().isBlank()) {
                throw new IllegalStateException("the trusted documents manifest " + location + ": " + entry.getKey()
                        + " must map to a document's text");
            }
            if (!id.equals(PREFIX + sha256(text.textValue()))) {
                throw new IllegalStateException("the trusted documents manifest " + location + ": " + entry.getKey()
                        + " is not the SHA-256 of its document (" + PREFIX + sha256(text.textValue()) + ")");
            }
            into.put(id, text.textValue());
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String name = location.substring("classpath:".length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
