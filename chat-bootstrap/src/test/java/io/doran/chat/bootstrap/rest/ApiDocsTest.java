package io.doran.chat.bootstrap.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at {@code /v3/api-docs} describes exactly the REST routes the application maps (Spring
 * MVC's own handler mappings, so a new controller without documentation fails here), each with a summary, how
 * to authenticate and its problem responses; Swagger UI serves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // an application of its own: EmbeddedDefaultTest must see the default configuration start
        properties = "chat.internal.service-token=api-docs-test")
class ApiDocsTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode docs() {
        return new Api(port).get("/v3/api-docs").send().expect(200).body();
    }

    /** "GET /api/chatrooms/{roomId}" for every route of the application's own controllers. */
    Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("io.doran.chat")) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + path));
                }
            }
        });
        return routes;
    }

    @Test
    void the_document_lists_every_route_the_application_maps_and_no_other() {
        Set<String> documented = new TreeSet<>();
        docs().path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(mappedRoutes()).isNotEmpty().contains("POST /api/chatrooms", "POST /api/dev/token");
        assertThat(documented).containsExactlyElementsOf(mappedRoutes());
    }

    @Test
    void every_operation_has_a_summary_a_way_to_authenticate_and_its_problem_codes() {
        JsonNode docs = docs();
        assertThat(docs.path("openapi").asString()).startsWith("3.1");
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String route = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode operation = entry.getValue();
            assertThat(operation.path("summary").asString()).as("summary of %s", route).isNotBlank();
            assertThat(operation.has("security")).as("security of %s", route).isTrue();
            assertThat(operation.path("responses").path("503").path("content").path("application/problem+json")
                    .path("schema").path("$ref").asString()).as("problems of %s", route).endsWith("/Problem");
        }));
    }

    @Test
    void both_ways_of_authenticating_and_the_service_token_are_described() {
        JsonNode docs = docs();
        JsonNode schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("cookie").path("in").asString()).isEqualTo("cookie");
        assertThat(schemes.path("cookie").path("name").asString()).isEqualTo("jwt_token");
        assertThat(schemes.path("serviceToken").path("name").asString()).isEqualTo("X-Service-Token");

        JsonNode send = docs.path("paths").path("/api/chatrooms/{roomId}/messages").path("post");
        assertThat(send.path("security").toString()).isEqualTo("[{\"bearer\":[]},{\"cookie\":[]}]");
        assertThat(send.path("responses").path("201").path("content").path("application/json").path("schema")
                .path("$ref").asString()).endsWith("/MessageView");
        assertThat(send.path("responses").path("400").path("description").asString())
                .contains("MESSAGE_TOO_LONG", "EMPTY_CONTENT", "VALIDATION_FAILED");
        assertThat(send.path("responses").path("429").path("description").asString()).contains("RATE_LIMITED");
        assertThat(docs.path("paths").path("/api/chatrooms/{roomId}/messages").path("get").path("security").toString())
                .as("public rooms' history needs no token").isEqualTo("[{\"bearer\":[]},{\"cookie\":[]},{}]");
        assertThat(docs.path("paths").path("/api/internal/v1/messages").path("post").path("security").toString())
                .isEqualTo("[{\"serviceToken\":[]}]");
        assertThat(docs.path("components").path("schemas").path("Problem").path("properties").path("code")
                .path("enum").toString()).contains("ROOM_NOT_FOUND", "RATE_LIMITED");
    }

    @Test
    void swagger_ui_serves_the_document() {
        Api api = new Api(port);
        assertThat(api.get("/swagger-ui.html").send().status()).isEqualTo(302);
        assertThat(api.get("/swagger-ui/index.html").send().expect(200).raw().body()).contains("Swagger UI");
        assertThat(api.get("/v3/api-docs/swagger-config").send().expect(200).text("url")).isEqualTo("/v3/api-docs");
    }
}
