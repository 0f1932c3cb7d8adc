package org.warledger.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The {@code idempotency_key} table each service creates in its Flyway migrations. Every method works in the current
 * transaction, through the connection Hibernate writes the service's records with, so that a stored answer commits or
 * rolls back together with what the request created.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final Session session;

    public IdempotencyStore(Session session) {
        this.session = session;
    }

    /**
     * Takes the key for the rest of the transaction, without waiting: false when another transaction holds it, i.e. a
     * request with the same key is being carried out. The lock only turns a wait into an immediate answer; the primary
     * key of the table is what lets one request per key commit.
     */
    public boolean tryLock(byte[] scope) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, ByteBuffer.wrap(scope).getLong());
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    return result.getBoolean(1);
                }
            }
        });
    }

    /** The answer stored for the key since {@code oldest}; an older one is removed, leaving the key free. */
    public Optional<StoredAnswer> find(byte[] scope, Instant oldest) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement expired = connection
                    .prepareStatement("delete from idempotency_key where scope = ? and created_at <= ?")) {
                expired.setBytes(1, scope);
                expired.setObject(2, OffsetDateTime.ofInstant(oldest, ZoneOffset.UTC));
                expired.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("select request_hash, status, location, etag,"
                    + " content_type, body from idempotency_key where scope = ?")) {
                select.setBytes(1, scope);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredAnswer(row.getBytes(1), row.getInt(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getBytes(6)));
                }
            }
        });
    }

    public void save(byte[] scope, String caller, String method, String path, String key, StoredAnswer answer,
            Instant now) {
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into idempotency_key (scope, caller,"
                    + " method, path, idempotency_key, request_hash, status, location, etag, content_type, body,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setBytes(1, scope);
                insert.setString(2, caller);
                insert.setString(3, method);
                insert.setString(4, path);
                insert.setString(5, key);
                insert.setBytes(6, answer.fingerprint());
                insert.setInt(7, answer.status());
                insert.setString(8, answer.location());
                insert.setString(9, answer.etag());
                insert.setString(10, answer.contentType());
                insert.setBytes(11, answer.body());
                insert.setObject(12, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }

    /** Removes every answer stored before {@code oldest}; returns how many. */
    public int removeOlderThan(Instant oldest) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement delete = connection
                    .prepareStatement("delete from idempotency_key where created_at <= ?")) {
                delete.setObject(1, OffsetDateTime.ofInstant(oldest, ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }
}
