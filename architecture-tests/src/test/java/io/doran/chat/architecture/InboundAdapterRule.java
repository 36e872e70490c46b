package io.doran.chat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Inbound adapters (REST outside {@code web.out}, WebSocket) reach the application through use cases only. */
final class InboundAdapterRule {

    static final ArchRule RULE = noClasses()
            .that().resideInAnyPackage(ArchitectureTest.INBOUND_ADAPTERS)
            .and().resideOutsideOfPackage(ArchitectureTest.OUTBOUND_WEB)
            .should().dependOnClassesThat()
            .resideInAnyPackage("..application.port.out..", "..application.service..")
            .because("inbound adapters call use cases (port.in) only (STYLE)");

    private InboundAdapterRule() {
    }
}
