/**
 * The Redis adapter (SPEC §6, §7), active under the Spring profile {@code redis}: token store,
 * presence, recent-message cache, distributed rate limiter, user directory and statuses, node-id
 * leases and the cross-node broker. {@code adapters.redis.in} holds the inbound side: the
 * subscriptions to the external channels ({@code notifications}, {@code room-events},
 * {@code user-events}) that call use cases.
 */
package io.doran.chat.adapters.redis;
