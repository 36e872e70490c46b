package io.doran.chat.adapters.web.out.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields of seed 003's {@code UserDto} the chat reads; the others (password hash, role, ...) are ignored.
 * {@code status} is read but not acted on: a user's status reaches the chat through user events.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record UserDto(String id, String name, String email, String picture, String status) {
}
