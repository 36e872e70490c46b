package io.doran.chat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The inbound-adapter rule is not vacuous: an adapter that holds an outbound port makes it fail. */
class InboundAdapterRuleTest {

    @Test
    void a_controller_holding_an_outbound_port_violates_the_architecture() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.doran.chat.fixture");

        EvaluationResult result = InboundAdapterRule.RULE.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail)
                        .contains("ControllerHoldingAnOutboundPort")
                        .contains("RoomRepository"));
    }
}
