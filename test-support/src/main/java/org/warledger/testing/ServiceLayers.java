package org.warledger.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every Warledger service keeps, as ArchUnit rules: {@code rest} → {@code service} → {@code repository} →
 * {@code domain}, each layer reached only from the one above it (domain types from anywhere), {@code config} usable by
 * every layer, and the platform's HTTP package ({@code org.warledger.platform.rest}) used by {@code rest} only. A
 * service's architecture test runs {@link #check(String)} on its base package, so a back-pointing import fails the
 * build.
 */
public final class ServiceLayers {

    private ServiceLayers() {
    }

    /** The production classes of a service (tests excluded), read from the class path. */
    public static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Layers point one way; nothing below {@code rest} imports it. */
    public static ArchRule layersPointOneWay(String basePackage) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().layer("Rest")
                .definedBy(basePackage + ".rest..").layer("Service").definedBy(basePackage + ".service..")
                .layer("Repository").definedBy(basePackage + ".repository..").layer("Domain")
                .definedBy(basePackage + ".domain..").layer("Config").definedBy(basePackage + ".config..")
                .whereLayer("Rest").mayNotBeAccessedByAnyLayer().whereLayer("Service").mayOnlyBeAccessedByLayers("Rest")
                .whereLayer("Repository").mayOnlyBeAccessedByLayers("Service").whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Rest", "Service", "Repository", "Config").whereLayer("Config")
                .mayOnlyBeAccessedByLayers("Rest", "Service", "Repository", "Domain");
    }

    /** The platform's HTTP conventions (problem answers, query parameters, rate limits) belong to the REST layer. */
    public static ArchRule onlyRestUsesPlatformRest(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..").and()
                .resideOutsideOfPackage(basePackage + ".rest..").should().dependOnClassesThat()
                .resideInAPackage("org.warledger.platform.rest..")
                .because("problem answers, query parameters and rate limits are HTTP concerns of the rest layer");
    }

    /** No two packages of a service depend on each other. */
    public static ArchRule noPackageCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
    }

    /** Runs all three rules on a service's production classes; fails with every violation listed. */
    public static void check(String basePackage) {
        JavaClasses classes = classesOf(basePackage);
        layersPointOneWay(basePackage).check(classes);
        onlyRestUsesPlatformRest(basePackage).check(classes);
        noPackageCycles(basePackage).check(classes);
    }
}
