package io.doran.chat.application.port.in;

/** What is known of a user (001, 003): nickname, email and profile picture, each {@code null} when unknown. */
public record UserProfileView(String userId, String nickname, String email, String pictureUrl) {
}
