package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.RoomMembers;
import io.doran.chat.contract.RoomMembersContract;

class MemoryRoomMembersTest extends RoomMembersContract {

    @Override
    protected RoomMembers newMembers() {
        return new MemoryRoomMembers();
    }
}
