package io.doran.chat.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * No cycles between the domain's packages (STYLE: "no cycles inside the domain either"): ids live in
 * {@code domain.shared}, a message returns its new version and the room wraps it in the event.
 *
 * <p>One dependency is exempt, and only because Java's sealed types force it: {@code RoomEvent} is sealed,
 * so every room event lives in {@code domain.event} beside it; those events carry the room's values
 * ({@code RoomName}, {@code Participant}, {@code Role}, {@code DisplayName}) while {@code ChatRoom} returns
 * them. The edge from {@code event} to {@code room} is therefore ignored; every other cycle fails.
 */
final class DomainCycleRule {

    private DomainCycleRule() {
    }

    /** The rule over the domain packages directly below {@code domainPackage}. */
    static ArchRule over(String domainPackage) {
        return slices().matching(domainPackage + ".(*)..")
                .should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(domainPackage + ".event.."), resideInAPackage(domainPackage + ".room.."))
                .because("the domain's packages form layers (STYLE); only the sealed room events may see the room");
    }
}
