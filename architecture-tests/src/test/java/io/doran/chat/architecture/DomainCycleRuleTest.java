package io.doran.chat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The domain cycle rule is not vacuous: two fixture packages that use each other make it fail. */
class DomainCycleRuleTest {

    @Test
    void two_domain_packages_that_depend_on_each_other_violate_the_architecture() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.doran.chat.fixture.domain");

        EvaluationResult result = DomainCycleRule.over("io.doran.chat.fixture.domain").evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("Cycle detected").contains("alpha").contains("beta"));
    }
}
