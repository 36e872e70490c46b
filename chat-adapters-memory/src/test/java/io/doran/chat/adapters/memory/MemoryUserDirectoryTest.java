package io.doran.chat.adapters.memory;

import io.doran.chat.application.port.out.UserDirectory;
import io.doran.chat.contract.UserDirectoryContract;

class MemoryUserDirectoryTest extends UserDirectoryContract {

    @Override
    protected UserDirectory newDirectory() {
        return new MemoryUserDirectory();
    }
}
