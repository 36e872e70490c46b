package io.doran.chat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module table of SPEC §1 as rules. When one fires, fix the design, not the rule.
 *
 * <pre>
 * chat-domain          plain Java: depends on nothing but the JDK
 * chat-application     use cases and ports: the JDK and the domain only (no web, persistence, driver, JSON, Spring)
 * inbound adapters     web (outside web.out), ws and redis.in (external channels) call use cases (port.in) only
 * outbound adapters    memory, scylla, redis (outside redis.in), web.out implement ports (port.out) only
 * adapters             never depend on one another; only bootstrap knows them
 * domain packages      form no cycle (the sealed room events excepted, see DomainCycleRule)
 * </pre>
 */
@AnalyzeClasses(packages = "io.doran.chat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] INBOUND_ADAPTERS = {"..adapters.web..", "..adapters.ws..", "..adapters.redis.in.."};
    static final String INBOUND_REDIS = "..adapters.redis.in..";
    static final String OUTBOUND_WEB = "..adapters.web.out..";
    static final String[] OUTBOUND_ADAPTERS = {"io.doran.chat.adapters.memory..", "io.doran.chat.adapters.scylla..",
            "io.doran.chat.adapters.redis..", OUTBOUND_WEB};

    /** Every module's classes are imported, so no rule passes because a module is missing from the classpath. */
    @ArchTest
    static void every_module_is_analysed(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .as("packages imported from the classpath")
                .anyMatch(name -> name.startsWith("io.doran.chat.domain."))
                .anyMatch(name -> name.equals("io.doran.chat.application.port.in"))
                .anyMatch(name -> name.equals("io.doran.chat.application.port.out"))
                .anyMatch(name -> name.equals("io.doran.chat.application.service"))
                .anyMatch(name -> name.startsWith("io.doran.chat.adapters.memory"))
                .anyMatch(name -> name.startsWith("io.doran.chat.adapters.web"))
                .anyMatch(name -> name.startsWith("io.doran.chat.adapters.ws"))
                .anyMatch(name -> name.startsWith("io.doran.chat.adapters.scylla"))
                .anyMatch(name -> name.startsWith("io.doran.chat.adapters.redis"))
                .anyMatch(name -> name.equals("io.doran.chat.bootstrap"))
                .noneMatch(name -> name.startsWith("io.doran.chat.fixture"));
    }

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_only = classes()
            .that().resideInAPackage("io.doran.chat.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.doran.chat.domain..")
            .because("the domain is plain Java (SPEC §1)");

    @ArchTest
    static final ArchRule application_depends_on_the_domain_and_the_jdk_only = classes()
            .that().resideInAPackage("io.doran.chat.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.doran.chat.domain..", "io.doran.chat.application..")
            .because("use cases know no web, persistence, driver or JSON library (SPEC §1)");

    @ArchTest
    static final ArchRule inbound_adapters_use_use_cases_only = InboundAdapterRule.RULE;

    @ArchTest
    static final ArchRule outbound_adapters_implement_ports_only = noClasses()
            .that().resideInAnyPackage(OUTBOUND_ADAPTERS)
            .and().resideOutsideOfPackage(INBOUND_REDIS)
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.doran.chat.application.port.in..", "io.doran.chat.application.service..")
            .because("outbound adapters implement port.out and nothing else (STYLE)");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("io.doran.chat.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("adapters never depend on each other (SPEC §1)");

    @ArchTest
    static final ArchRule only_bootstrap_knows_the_adapters = noClasses()
            .that().resideOutsideOfPackages("io.doran.chat.bootstrap..", "io.doran.chat.adapters..")
            .should().dependOnClassesThat().resideInAPackage("io.doran.chat.adapters..")
            .because("nobody but bootstrap knows which adapter is plugged in (STYLE)");

    @ArchTest
    static final ArchRule domain_packages_are_free_of_cycles = DomainCycleRule.over("io.doran.chat.domain");

    @ArchTest
    static final ArchRule layers_are_free_of_cycles = slices()
            .matching("io.doran.chat.(*)..")
            .should().beFreeOfCycles();
}
