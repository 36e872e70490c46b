package io.doran.chat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * With no configuration the server runs on the in-memory adapters, says so, and is healthy; connections waiting on a
 * store leave the others their threads, and no log filter runs on every level check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    String get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(expectedStatus);
        return response.body();
    }

    @Test
    void health_is_up_with_liveness_and_readiness() throws Exception {
        assertThat(get("/actuator/health", 200)).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness", 200)).contains("UP");
        assertThat(get("/actuator/health/readiness", 200)).contains("UP");
    }

    @Test
    void prometheus_metrics_are_served() throws Exception {
        assertThat(get("/actuator/prometheus", 200)).contains("jvm_memory_used_bytes");
    }

    @Test
    void info_names_the_version_the_commit_and_the_profiles() throws Exception {
        String info = get("/actuator/info", 200);

        assertThat(info).contains("\"version\":\"0.1.0-SNAPSHOT\"").contains("\"profiles\":[]");
        assertThat(info).containsPattern("\"git\":\\{.*\"commit\":\\{.*\"id\":\"[0-9a-f]{7}");
    }

    @Test
    void connections_waiting_on_a_store_do_not_hold_back_the_others_at_jettys_default_of_200_tasks() {
        ThreadPool threads = ((JettyWebServer) context.getWebServer()).getServer().getThreadPool();

        assertThat(threads).isInstanceOfSatisfying(VirtualThreadPool.class,
                pool -> assertThat(pool.getMaxConcurrentTasks()).isGreaterThanOrEqualTo(1_000_000));
    }

    @Test
    void no_logback_turbo_filter_taxes_every_disabled_log_check_on_the_delivery_path() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(logback.getTurboFilterList()).as("e.g. Micrometer's Logback metrics").isEmpty();
    }

    @Test
    void startup_says_it_runs_on_the_embedded_default(CapturedOutput output) {
        // Captured from before the class's application context started (OutputCaptureExtension is a BeforeAll callback).
        assertThat(output.getAll()).contains("Doran Chat is running on the embedded in-memory default");
    }
}
