package io.prodops.governance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of docs/architecture.md, enforced. */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "io.prodops.governance", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {
    @ArchTest
    public static final ArchRule domainIsPure = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "jakarta.servlet..", "jakarta.ws.rs..", "net.java.ao..",
                    "com.fasterxml.jackson..", "..storage..", "..web..")
            .because("domain code is host-neutral and storage-neutral: records, rules and ports only");

    @ArchTest
    public static final ArchRule coreNeverUsesJira = noClasses().should().dependOnClassesThat().resideInAPackage("com.atlassian.jira..")
            .because("only the jira/ adapter may talk to Jira");

    @ArchTest
    public static final ArchRule noServiceLocator = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .because("constructor injection everywhere");

    @ArchTest
    public static final ArchRule coreDoesNotDependOnHosts = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.prodops.governance.jira..", "io.prodops.governance.standalone..", "io.prodops.governance.confluence..");

    @ArchTest
    public static final ArchRule storageIsNotReachedFromWebExceptThroughDomain = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..storage..")
            .because("web talks to domain services and domain-owned repository interfaces");
}
