package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomRepository;
import io.doran.chat.contract.RoomRepositoryContract;

class MemoryRoomRepositoryTest extends RoomRepositoryContract {

    @Override
    protected RoomRepository newRepository() {
        return new MemoryRoomRepository();
    }
}
