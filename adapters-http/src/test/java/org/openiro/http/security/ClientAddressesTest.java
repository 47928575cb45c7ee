package org.openiro.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from a configured proxy, and then only as far as the proxies go. */
class ClientAddressesTest {

    private static HttpRequest<?> from(String peer, String... forwardedFor) {
        MutableHttpRequest<?> request = new PeerRequest(peer);
        for (String header : forwardedFor) {
            request.header("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        ClientAddresses addresses = new ClientAddresses(List.of());

        assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void from_a_trusted_proxy_the_right_most_address_not_a_proxy_is_the_client() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.5"));

        assertThat(addresses.of(from("10.1.2.3", "198.51.100.1, 203.0.113.9, 192.168.1.5")))
                .as("what the caller wrote before its own address is not believed").isEqualTo("203.0.113.9");
        assertThat(addresses.of(from("10.1.2.3", "198.51.100.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(addresses.of(from("10.1.2.3"))).isEqualTo("10.1.2.3");
        assertThat(addresses.of(from("10.1.2.3", "not-an-address"))).isEqualTo("10.1.2.3");
        assertThat(addresses.of(from("172.16.0.1", "198.51.100.1"))).as("not a configured proxy")
                .isEqualTo("172.16.0.1");
    }

    @Test
    void a_name_is_never_looked_up_and_a_bad_proxy_setting_is_refused() {
        assertThat(ClientAddresses.literal("example.org")).isNull();
        assertThat(ClientAddresses.literal("cafe")).isNull();
        assertThat(ClientAddresses.literal("2001:db8::1")).isNotNull();
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal"))).isInstanceOf(
                IllegalArgumentException.class);
    }

    /** A request as it arrives from a peer. */
    private static final class PeerRequest extends io.micronaut.http.simple.SimpleHttpRequest<Object> {
        private final InetSocketAddress peer;

        PeerRequest(String peer) {
            super(io.micronaut.http.HttpMethod.POST, "/api/login", null);
            this.peer = new InetSocketAddress(peer, 40000);
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return peer;
        }
    }
}
