package io.doran.chat.adapters.ws.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;

class CorsTest {

    @Test
    void any_origin_may_read_answers_but_without_credentials() {
        Cors cors = new Cors(List.of("*"));
        HttpFields.Mutable headers = HttpFields.build();

        cors.addHeaders("https://elsewhere.example", headers);

        assertThat(cors.allows("https://elsewhere.example")).isTrue();
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isNull();
    }

    @Test
    void a_listed_origin_is_echoed_with_credentials_and_wildcards_match_subdomains() {
        Cors cors = new Cors(List.of("https://app.example.com", "https://*.doran.chat"));
        HttpFields.Mutable headers = HttpFields.build();

        cors.addHeaders("https://web.doran.chat", headers);

        assertThat(cors.allows("https://app.example.com")).isTrue();
        assertThat(cors.allows("https://web.doran.chat")).isTrue();
        assertThat(cors.allows("https://evil.example.com")).isFalse();
        assertThat(cors.allows("https://doran.chat.evil.example")).isFalse();
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("https://web.doran.chat");
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEqualTo("true");
    }

    @Test
    void requests_without_an_origin_do_not_come_from_a_browser_and_are_allowed() {
        assertThat(new Cors(List.of("https://app.example.com")).allows(null)).isTrue();
    }
}
