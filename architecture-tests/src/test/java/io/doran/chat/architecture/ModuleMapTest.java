package io.doran.chat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith where it fits: it detects the top-level packages of {@code io.doran.chat} (domain,
 * application, adapters; bootstrap holds the application class itself) as modules and writes the module map (PlantUML) to
 * {@code target/spring-modulith-docs}. Its {@code verify()} is not used: it treats every subpackage
 * as a module's internals (so {@code application} could not use {@code domain.room.ChatRoom}) unless
 * the domain carried Modulith annotations, and the domain carries none (SPEC §1). The boundaries are
 * enforced by {@link ArchitectureTest} instead.
 */
class ModuleMapTest {

    @Test
    void the_module_map_shows_the_layers_of_the_hexagon() {
        ApplicationModules modules = ApplicationModules.of("io.doran.chat");

        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("domain", "application", "adapters");
    }
}
