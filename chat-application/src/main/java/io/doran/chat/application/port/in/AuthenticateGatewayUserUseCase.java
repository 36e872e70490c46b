package io.doran.chat.application.port.in;

/**
 * Gateway-trusted mode (001, SPEC §2): a gateway that proves itself with the shared gateway secret vouches for the
 * user; the user's status still applies and the profile it sends is remembered. REST and seed 001's WebSocket both
 * come here, so the secret is checked in one place.
 */
public interface AuthenticateGatewayUserUseCase {

    /**
     * The user the gateway vouches for; {@code UNAUTHORIZED} while the mode is off, when the secret is not the
     * gateway's or the user id is no valid id, {@code USER_SUSPENDED} for a user who may not connect.
     */
    Caller trust(GatewayClaim claim);
}
