package org.warledger.gateway.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fieldset of each record type from a document alone, on a small schema of the same types. */
class SelectedFieldsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { events: [Event] event(id: ID): Event claims: [CasualtyClaim] }
            type Mutation { createEvent: Event }
            type Event { id: ID title: String date: String casualtyClaims: [CasualtyClaim] aidPledges: [AidPledge]
              somethingNew: String }
            type CasualtyClaim { id: ID claimant: String figure: Figure event: Event }
            type AidPledge { id: ID title: String event: Event }
            type Figure { value: Int }
            """), RuntimeWiring.newRuntimeWiring().build());

    private static Map<String, String> plan(String document) {
        return SelectedFields.plan(Parser.parse(document), SCHEMA);
    }

    @Test
    void everyPlaceOfATypeCountsAndFieldsOfOtherServicesAddTheirKey() {
        assertEquals(Map.of("Event", "date,id,title", "CasualtyClaim", "claimant,eventId,figure,id"),
                plan("{ events { title claims: casualtyClaims { claimant figure { value } event { date } } } }"));
        assertEquals(Map.of("Event", "id", "AidPledge", "id,title"),
                plan("query A { events { aidPledges { ...P } } } fragment P on AidPledge { title __typename }"));
        assertEquals(Map.of("Event", "id,title"), plan("mutation { createEvent { title } }"));
    }

    @Test
    void aFieldThatIsNoPropertyOfTheRecordAsksForWholeRecords() {
        assertEquals(Map.of("Event", ""), plan("{ events { title } event(id: 1) { somethingNew } }"));
    }

    @Test
    void aFragmentSpreadTwiceIsReadOnce() {
        assertEquals(Map.of("Event", "id,title"),
                plan("{ events { ...E ...E } event(id: 1) { ...E } } fragment E on Event { title }"));
    }
}
