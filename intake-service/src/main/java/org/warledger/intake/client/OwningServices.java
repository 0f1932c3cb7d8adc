package org.warledger.intake.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.warledger.intake.domain.CandidateKind;
import org.warledger.intake.domain.RecordRefused;

/**
 * Creates an accepted candidate's record in the service that owns its kind, with the caller's bearer token. The record
 * carries an externalKey, so that a repeat creates nothing: when the service answers 409 because the key is taken, the
 * record that holds it is looked up through the service's import (which reports a known key EXISTING with its id,
 * storing nothing). Any other refusal comes back as the service's own problem answer; a service that cannot be reached
 * or fails is {@code unavailable}, and the acceptance can be tried again.
 */
@ApplicationScoped
public class OwningServices {

    private static final Logger LOG = Logger.getLogger(OwningServices.class);

    private final CasualtyApi casualty;
    private final AidApi aid;
    private final EventApi events;
    private final ObjectMapper json;

    public OwningServices(@RestClient CasualtyApi casualty, @RestClient AidApi aid, @RestClient EventApi events,
            ObjectMapper json) {
        this.casualty = casualty;
        this.aid = aid;
        this.events = events;
        this.json = json;
    }

    /** The id of the record created (or created before) from {@code record}, whose externalKey is set. */
    public UUID create(CandidateKind kind, JsonNode record, String bearerToken) {
        String authorization = "Bearer " + bearerToken;
        String body = record.toString();
        try (Response created = api(kind, body, authorization, false)) {
            int status = created.getStatus();
            if (status == 201 || status == 200) {
                return UUID.fromString(read(created).path("id").asText());
            }
            if (status == 409) {
                UUID existing = existing(kind, body, authorization);
                if (existing != null) {
                    return existing;
                }
            }
            throw refusal(kind, created);
        } catch (ProcessingException e) {
            LOG.warnf("%s could not be reached: %s", serviceOf(kind), e.getMessage());
            throw new RecordRefused(503,
                    problem(503, "Owning service unavailable", serviceOf(kind)
                            + " could not be reached; the candidate stays PROPOSED and can be accepted again later"),
                    true);
        }
    }

    private UUID existing(CandidateKind kind, String body, String authorization) {
        try (Response imported = api(kind, body + "\n", authorization, true)) {
            if (imported.getStatus() != 200) {
                return null;
            }
            JsonNode row = read(imported).path("rows").path(0);
            return "EXISTING".equals(row.path("outcome").asText()) ? UUID.fromString(row.path("id").asText()) : null;
        }
    }

    private Response api(CandidateKind kind, String body, String authorization, boolean importing) {
        return switch (kind) {
        case CASUALTY_CLAIM -> importing ? casualty.importLines(authorization, body)
                : casualty.create(authorization, body);
        case AID_PLEDGE -> importing ? aid.importLines(authorization, body) : aid.create(authorization, body);
        case EVENT -> importing ? events.importLines(authorization, body) : events.create(authorization, body);
        };
    }

    private RecordRefused refusal(CandidateKind kind, Response answer) {
        int status = answer.getStatus();
        String text = answer.hasEntity() ? answer.readEntity(String.class) : "";
        if (status >= 500) {
            LOG.warnf("%s failed with %d", serviceOf(kind), status);
            return new RecordRefused(502, problem(502, "Owning service failed", serviceOf(kind) + " answered " + status
                    + "; the candidate stays PROPOSED and can be accepted again later"), true);
        }
        if (text.isBlank()) {
            text = problem(status, "Refused by " + serviceOf(kind), serviceOf(kind) + " answered " + status);
        }
        return new RecordRefused(status, text, false);
    }

    private JsonNode read(Response answer) {
        try {
            return json.readTree(answer.readEntity(String.class));
        } catch (java.io.IOException e) {
            throw new RecordRefused(502, problem(502, "Owning service failed", "its answer was not JSON"), true);
        }
    }

    private String problem(int status, String title, String detail) {
        return json.createObjectNode().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).toString();
    }

    private static String serviceOf(CandidateKind kind) {
        return switch (kind) {
        case CASUALTY_CLAIM -> "casualty-service";
        case AID_PLEDGE -> "aid-service";
        case EVENT -> "event-service";
        };
    }
}
