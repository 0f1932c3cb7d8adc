package org.warledger.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid event bodies to start tests from; each test changes what it is about. */
final class SampleEvents {

    private SampleEvents() {
    }

    /** The deployment of North Korean troops to the Kursk region, as reported in November 2024. */
    static Map<String, Object> kursk(String tag) {
        Map<String, Object> event = new HashMap<>();
        event.put("title", "North Korean troops deployed to the Kursk region");
        event.put("type", "DEPLOYMENT");
        event.put("date", "2024-11-01");
        event.put("datePrecision", "MONTH");
        event.put("actors", List.of("North Korea", "Russian Armed Forces"));
        event.put("location", new HashMap<>(Map.of("name", "Kursk region", "region", "Kursk Oblast", "country", "RU",
                "latitude", 51.73, "longitude", 36.19, "precision", "REGION")));
        event.put("sources",
                List.of(Map.of("url", "https://www.independent.co.uk/news/world/europe/north-korea-casualties-ukraine",
                        "publisher", "The Independent", "publishedOn", "2024-12-17", "quote",
                        "thousands of North Korean soldiers have sustained injuries or have been killed")));
        event.put("tags", List.of(tag));
        event.put("quantities", List.of(Map.of("measure", "troops deployed", "unit", "persons", "figure",
                Map.of("qualifier", "APPROXIMATELY", "value", 11000), "claimant", "US Department of Defense")));
        return event;
    }

    static Map<String, Object> withDate(String tag, String date) {
        Map<String, Object> event = kursk(tag);
        event.put("date", date);
        event.put("datePrecision", "DAY");
        return event;
    }
}
