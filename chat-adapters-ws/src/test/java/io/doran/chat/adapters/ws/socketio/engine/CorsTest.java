package io.doran.chat.adapters.ws.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;

class CorsTest {

    static final URI SERVER = URI.create("https://chat.example.com/socket.io/?EIO=4&transport=polling");

    @Test
    void the_servers_own_pages_may_use_it_with_credentials_and_others_not_by_default() {
        Cors cors = new Cors(List.of());
        HttpFields.Mutable headers = HttpFields.build();

        cors.addHeaders("https://chat.example.com", SERVER, headers);

        assertThat(cors.allows("https://chat.example.com", SERVER)).isTrue();
        assertThat(cors.allows("https://elsewhere.example", SERVER)).isFalse();
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("https://chat.example.com");
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEqualTo("true");
    }

    @Test
    void with_a_star_any_page_may_read_answers_but_without_credentials() {
        Cors cors = new Cors(List.of("*"));
        HttpFields.Mutable headers = HttpFields.build();

        cors.addHeaders("https://elsewhere.example", SERVER, headers);

        assertThat(cors.allows("https://elsewhere.example", SERVER)).isTrue();
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isNull();
    }

    @Test
    void a_listed_origin_is_echoed_with_credentials_and_patterns_match_subdomains() {
        Cors cors = new Cors(List.of("https://app.example.com", "https://*.doran.chat"));
        HttpFields.Mutable headers = HttpFields.build();

        cors.addHeaders("https://web.doran.chat", SERVER, headers);

        assertThat(cors.allows("https://app.example.com", SERVER)).isTrue();
        assertThat(cors.allows("https://web.doran.chat", SERVER)).isTrue();
        assertThat(cors.allows("https://evil.example.com", SERVER)).isFalse();
        assertThat(cors.allows("https://doran.chat.evil.example", SERVER)).isFalse();
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("https://web.doran.chat");
        assertThat(headers.get(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isEqualTo("true");
    }

    @Test
    void requests_without_an_origin_do_not_come_from_a_browser_page_and_are_allowed() {
        assertThat(new Cors(List.of()).allows(null, SERVER)).isTrue();
    }
}
