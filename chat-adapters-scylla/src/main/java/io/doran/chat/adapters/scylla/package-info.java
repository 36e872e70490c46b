/**
 * The ScyllaDB adapter (SPEC §6): Spring Data Cassandra implementations of the room, message,
 * reaction, read-marker and idempotency ports, active under the Spring profile {@code scylla}.
 */
package io.doran.chat.adapters.scylla;
