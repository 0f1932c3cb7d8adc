package org.warledger.gateway;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's packages by role, and which may use which: {@code resolver} (the GraphQL API) uses {@code client} (the
 * services' REST clients and their wire types) and {@code schema} (the public GraphQL types); {@code client} reaches
 * the schema only through its mapper; the schema depends on no other part of the gateway; {@code edge} (HTTP in front
 * of GraphQL) and {@code engine} (SmallRye extensions) are used by nobody in {@code schema}, {@code client} or
 * {@code resolver}.
 */
class ArchitectureTest {

    private static final String BASE = "org.warledger.gateway";
    private static JavaClasses gateway;

    @BeforeAll
    static void importClasses() {
        gateway = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(gateway);
    }

    @Test
    void theSchemaDependsOnNoOtherPartOfTheGateway() {
        noClasses().that().resideInAPackage(BASE + ".schema..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".client..", BASE + ".resolver..", BASE + ".engine..", BASE + ".edge..",
                        BASE + ".security..", BASE + ".http..", BASE + ".config..")
                .because("the public schema changes only when the schema's own types change").check(gateway);
    }

    @Test
    void theClientsKnowNeitherTheResolversNorTheEdgeNorTheEngine() {
        noClasses().that().resideInAPackage(BASE + ".client..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".resolver..", BASE + ".engine..", BASE + ".edge..", BASE + ".security..",
                        BASE + ".http..")
                .check(gateway);
    }

    @Test
    void onlyTheWireMapperAndThePageReadsOfTheClientsSeeTheSchema() {
        classes().that().resideInAPackage(BASE + ".client..").and().haveSimpleNameNotEndingWith("WireMapper").and()
                .doNotHaveSimpleName("EventServiceClient").and().doNotHaveSimpleName("CasualtyServiceClient").and()
                .doNotHaveSimpleName("AidServiceClient").should().onlyDependOnClassesThat()
                .resideOutsideOfPackage(BASE + ".schema..")
                .because("the services' JSON is read into the clients' own wire types and mapped in one place, but "
                        + "for the pages of events, claims and aid records, read straight into the schema's records "
                        + "of the same names (WireMapperTest)")
                .check(gateway);
        classes().that().haveSimpleName("EventServiceClient").or().haveSimpleName("CasualtyServiceClient").or()
                .haveSimpleName("AidServiceClient").should()
                .onlyDependOnClassesThat(resideOutsideOfPackage(BASE + ".schema..").or(simpleName("Event"))
                        .or(simpleName("CasualtyClaim")).or(simpleName("AidPledge")))
                .because("of the schema, a page read knows only the record it reads").check(gateway);
    }

    @Test
    void theResolversUseNeitherTheEdgeNorTheEngine() {
        noClasses().that().resideInAPackage(BASE + ".resolver..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + ".engine..", BASE + ".edge..").check(gateway);
    }

    @Test
    void nothingReadsAFieldsSelectionSetWhichSmallRyesFetchersAreNotGiven() {
        noClasses().should().callMethod(DataFetchingEnvironment.class, "getSelectionSet").orShould()
                .callMethod(Context.class, "getSelectedFields").orShould()
                .callMethod(Context.class, "getSelectedAndSourceFields")
                .because("the engine hands SmallRye's fetchers no selection set (SchemaTuning.unselected); what a "
                        + "query selects is read from its document, once per document")
                .check(gateway);
    }
}
