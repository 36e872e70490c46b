package io.doran.chat.adapters.web.seed002;

import io.doran.chat.adapters.web.MappingConfig;
import io.doran.chat.application.port.in.HistoryPage;
import io.doran.chat.application.port.in.MessageView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Use-case views to seed 002's shapes (MapStruct generates the code). */
@Mapper(config = MappingConfig.class)
interface Seed002Mapper {

    Seed002Responses.Messages messages(HistoryPage page);

    @Mapping(target = "nickname", source = "displayName")
    @Mapping(target = "type", source = "messageType")
    Seed002Responses.Message message(MessageView view);
}
