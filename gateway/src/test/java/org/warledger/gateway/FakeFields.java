package org.warledger.gateway;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fakes answer {@code fields=} as the services do: each record with {@code id} and the properties named, and 400
 * for a name the service does not know (the services' property names, as their OpenAPI documents list them). So a
 * gateway that asked for too little would miss data here, and one that asked for a property no service has would fail.
 * Every {@code fields} value the fakes receive is kept, in order, in {@link FakeServices#FIELDS} (path, value).
 */
@Provider
public class FakeFields implements ContainerResponseFilter {

    static final Set<String> EVENT = Set.of("id", "version", "title", "type", "date", "datePrecision", "endDate",
            "summary", "actors", "location", "sources", "tags", "quantities", "status", "retractionReason",
            "externalKey", "createdAt", "updatedAt", "createdBy", "updatedBy");
    static final Set<String> CLAIM = Set.of("id", "version", "claimant", "claimantId", "claimantName", "affiliation",
            "subject", "force", "category", "equipmentType", "figure", "scope", "asOf", "statedOn", "eventId",
            "sources", "status", "revision", "retractionReason", "externalKey", "createdAt", "updatedAt", "createdBy",
            "updatedBy");
    static final Set<String> PLEDGE = Set.of("id", "version", "title", "donor", "recipient", "kind", "type", "status",
            "announcedOn", "value", "normalized", "items", "timeframe", "parentId", "eventId", "sources",
            "statusHistory", "externalKey", "createdAt", "updatedAt", "createdBy", "updatedBy");
    static final Set<String> CLAIMANT = Set.of("id", "version", "name", "aliases", "kind", "affiliation", "parentId",
            "createdAt", "updatedAt", "createdBy", "updatedBy");

    @Override
    @SuppressWarnings("unchecked")
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        List<String> values = request.getUriInfo().getQueryParameters().get("fields");
        String path = request.getUriInfo().getPath();
        Set<String> allowed = allowed(path);
        if (values == null || allowed == null || !"GET".equals(request.getMethod())) {
            return;
        }
        Set<String> names = new TreeSet<>();
        values.forEach(value -> {
            FakeServices.FIELDS.add(List.of(path, value));
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        });
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            response.setStatus(400);
            response.getHeaders().putSingle("Content-Type", "application/problem+json");
            response.setEntity(Map.of("status", 400, "title", "Bad Request", "detail",
                    "fields: unknown field(s) " + String.join(", ", unknown)));
            return;
        }
        if (names.isEmpty() || response.getStatus() != 200 || !(response.getEntity() instanceof Map<?, ?> body)) {
            return;
        }
        names.add("id");
        if (body.get("items") instanceof List<?> items) {
            Map<String, Object> page = new LinkedHashMap<>((Map<String, Object>) body);
            List<Object> trimmed = new ArrayList<>();
            items.forEach(item -> trimmed.add(trim((Map<String, Object>) item, names)));
            page.put("items", trimmed);
            response.setEntity(page);
        } else {
            response.setEntity(trim((Map<String, Object>) body, names));
        }
    }

    private static Map<String, Object> trim(Map<String, Object> record, Set<String> names) {
        Map<String, Object> trimmed = new LinkedHashMap<>();
        record.forEach((key, value) -> {
            if (names.contains(key)) {
                trimmed.put(key, value);
            }
        });
        return trimmed;
    }

    private static Set<String> allowed(String path) {
        if (path.startsWith("/fake/events/api/events")) {
            return EVENT;
        }
        if (path.startsWith("/fake/casualties/api/casualty-claims")) {
            return CLAIM;
        }
        if (path.startsWith("/fake/casualties/api/claimants")) {
            return CLAIMANT;
        }
        if (path.startsWith("/fake/aid/api/aid-pledges")) {
            return PLEDGE;
        }
        return null;
    }
}
