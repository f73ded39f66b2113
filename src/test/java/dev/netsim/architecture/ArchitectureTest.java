package dev.netsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The package rules DESIGN.md sets, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses NETSIM = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.netsim");

    @Test
    void simulationEnginesArePlainJava() {
        noClasses().that().resideInAPackage("dev.netsim.simulation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax..", "org.hibernate..",
                        "software.amazon..", "tools.jackson..", "com.fasterxml..", "org.apache..", "dev.netsim.ec2..", "dev.netsim.protocol..",
                        "dev.netsim.common..", "dev.netsim.elbv2..", "dev.netsim.route53..", "dev.netsim.cloudfront..", "dev.netsim.ops..")
                .because("engines read immutable snapshots and answer with records (DESIGN.md: engines are pure)")
                .check(NETSIM);
    }

    /**
     * Each resource package contributes to what others need (taggable types, VPC and subnet residents,
     * route targets, snapshot slices) through a plug-in interface it implements, so no two depend on
     * each other.
     */
    @Test
    void ec2ResourcePackagesHaveNoCycles() {
        slices().matching("dev.netsim.ec2.(*)..").should().beFreeOfCycles().check(NETSIM);
    }

    @Test
    void simulationPackagesHaveNoCycles() {
        slices().matching("dev.netsim.simulation.(*)..").should().beFreeOfCycles().check(NETSIM);
    }
}
