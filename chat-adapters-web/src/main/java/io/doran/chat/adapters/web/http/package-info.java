/**
 * HTTP-level protection, before Spring MVC reads anything (SPEC §8, issue 15): request bodies at most
 * {@code chat.limits.max-body-size} bytes however they are framed (a declared {@code Content-Length} or
 * chunks), UTF-8 that decodes strictly, a body left unread by an early answer (401, 404, 413, ...) either
 * drained or the connection closed, so keep-alive clients never reuse a connection the server is about
 * to drop; and no {@code TRACE}.
 */
package io.doran.chat.adapters.web.http;
