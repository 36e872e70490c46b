/**
 * The Redis adapter (SPEC §6, §7): token store, presence, recent-message cache, distributed rate
 * limiter and cross-node fan-out, active under the Spring profile {@code redis}.
 */
package io.doran.chat.adapters.redis;
