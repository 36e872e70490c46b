package io.doran.chat.adapters.web;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * How every MapStruct mapper of the REST adapter is generated: a Spring bean, and a build error for a response
 * field nothing fills (a new field is mapped on purpose or the build says so).
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MappingConfig {
}
