package io.doran.chat.architecture;

import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

/**
 * Spring Modulith's view of the hexagon (SPEC §1), declared in code because the domain carries no
 * annotations at all, not even Modulith's:
 *
 * <ul>
 * <li>modules: {@code domain}, {@code application}, {@code bootstrap} and each adapter
 * ({@code adapters.memory}, {@code adapters.web}, ...), not {@code adapters} as one;</li>
 * <li>{@code domain} is open: every domain type is the hexagon's vocabulary, used by all;</li>
 * <li>{@code application} exposes {@code port.in} (use cases), {@code port.out} (ports) and
 * {@code service} (constructed by bootstrap); any other application package is internal;</li>
 * <li>{@code bootstrap} and the adapters are open: bootstrap is the composition root and constructs adapter
 * classes wherever they live ({@code adapters.web.auth}, {@code adapters.redis.in}, ...), and
 * {@link ArchitectureTest} already keeps every other module away from the adapters.</li>
 * </ul>
 *
 * Registered with {@code spring.modulith.detection-strategy} in the test resources' application.properties.
 */
public class HexagonModules implements ApplicationModuleDetectionStrategy {

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage root) {
        return root.getDirectSubPackages().stream()
                .flatMap(pkg -> pkg.getLocalName().equals("adapters") ? pkg.getDirectSubPackages().stream() : Stream.of(pkg));
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        return basePackage.getLocalName().equals("application")
                ? NamedInterfaces.builder(basePackage).recursive().matching("port.in", "port.out", "service").build()
                : NamedInterfaces.forOpen(basePackage);
    }
}
