package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the started server, speaking JSON. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response: status, headers and the body as JSON (missing node when empty). */
    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public Response expect(int expected) {
            assertThat(status).as("status of %s %s: %s", raw.request().method(), raw.request().uri(), raw.body())
                    .isEqualTo(expected);
            return this;
        }

        /** Asserts a problem detail with this status and code, never a stack trace. */
        public Response problem(int expected, String code) {
            expect(expected);
            assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(body.path("code").asString()).isEqualTo(code);
            assertThat(body.path("status").asInt()).isEqualTo(expected);
            assertThat(body.path("detail").asString()).isNotBlank();
            assertThat(raw.body()).doesNotContain("Exception").doesNotContain("at io.doran").doesNotContain("trace");
            return this;
        }

        public String text(String field) {
            return body.path(field).asString();
        }
    }

    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;

        Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(Object value) {
            this.body = JSON.writeValueAsString(value);
            headers.putIfAbsent("Content-Type", "application/json");
            return this;
        }

        public Call raw(String text) {
            this.body = text;
            headers.putIfAbsent("Content-Type", "application/json");
            return this;
        }

        public Response send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                JsonNode json = parse(response);
                return new Response(response.statusCode(), json, response);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode parse(HttpResponse<String> response) {
        boolean isJson = response.headers().firstValue("Content-Type").map(type -> type.contains("json")).orElse(false);
        return isJson && !response.body().isEmpty() ? JSON.readTree(response.body()) : JSON.missingNode();
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call put(String path) {
        return new Call("PUT", path);
    }

    public Call patch(String path) {
        return new Call("PATCH", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    /** A dev token for {@code user} (the embedded default's {@code POST /api/dev/token}). */
    public String devToken(String user, String nickname) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("userId", user);
        body.put("nickname", nickname);
        return post("/api/dev/token").json(body).send().expect(200).text("token");
    }
}
