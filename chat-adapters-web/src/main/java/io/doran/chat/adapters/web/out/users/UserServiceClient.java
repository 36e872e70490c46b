package io.doran.chat.adapters.web.out.users;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The user service's API as far as the chat uses it (003), a declarative HTTP client on {@code RestClient}. */
@HttpExchange("/api/users")
interface UserServiceClient {

    /** The user's profile; 404 when the service does not know the user. */
    @GetExchange("/{userId}")
    UserDto user(@PathVariable String userId);
}
