package io.prodops.governance.jira;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.BeforeClass;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertTrue;

/**
 * Rules for everything the bundle ships (jira's classes and the core classes inlined into it): Jira services come by
 * constructor injection, never from the ComponentAccessor service locator, and only the Jira adapters know Jira.
 */
public class ArchitectureTest {
    private static JavaClasses shipped;

    @BeforeClass
    public static void importShippedClasses() {
        shipped = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.prodops.governance");
    }

    @Test
    public void bothJiraAndCoreClassesAreChecked() {
        assertTrue(shipped.contain("io.prodops.governance.jira.issue.JiraIssueDirectory"));
        assertTrue(shipped.contain("io.prodops.governance.common.domain.Access"));
        // the import sees the Jira dependencies the rules are about (so a passing rule is not vacuous)
        assertTrue(noClasses().should().dependOnClassesThat().resideInAPackage("com.atlassian.jira..")
                .evaluate(shipped).hasViolation());
    }

    @Test
    public void nothingUsesComponentAccessor() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
                .because("host services are constructor-injected (@ComponentImport); ComponentAccessor hides dependencies and breaks tests")
                .check(shipped);
    }

    @Test
    public void onlyTheJiraAdaptersKnowJira() {
        noClasses().that().resideOutsideOfPackage("io.prodops.governance.jira..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian.jira..")
                .because("core is host-neutral: it talks to Jira only through the ports in io.prodops.governance.common.port")
                .check(shipped);
    }
}
