package io.doran.chat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith where it fits. With {@link HexagonModules} it sees the hexagon's modules, verifies that
 * they form no cycle and that nothing outside the application uses an application package other than
 * {@code port.in}, {@code port.out} and {@code service}, and writes the module map (PlantUML) to
 * {@code target/spring-modulith-docs}.
 *
 * <p>What stays with {@link ArchitectureTest}: which module may depend on which (domain on nothing,
 * application on the domain only, inbound adapters on use cases only, adapters not on each other, only
 * bootstrap on adapters). Modulith expresses such rules as {@code allowedDependencies} on
 * {@code @ApplicationModule} package annotations, and the domain and application carry no framework
 * annotations (SPEC §1).
 */
class ModuleMapTest {

    static final ApplicationModules MODULES = ApplicationModules.of("io.doran.chat");

    @Test
    void the_modules_are_the_layers_and_adapters_of_the_hexagon() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("domain", "application", "bootstrap", "adapters.memory", "adapters.web",
                        "adapters.ws", "adapters.scylla", "adapters.redis");
    }

    @Test
    void no_module_uses_another_modules_internals_and_there_are_no_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_map_is_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
