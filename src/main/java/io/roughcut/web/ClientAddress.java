package io.roughcut.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The caller's address, for per-address limits. It is the connection's peer, or the address a trusted proxy
 * put in {@code X-Forwarded-For}: Tomcat's remote-IP valve ({@code server.forward-headers-strategy=native})
 * reads that header only from the proxies in {@code server.tomcat.remoteip.internal-proxies}, so a client
 * cannot choose its own. IPv6 callers count by their /64 network, which one household or host usually has
 * whole.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            byte[] network = new byte[16];
            System.arraycopy(bytes, 0, network, 0, 8);
            return Inet6Address.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            // A literal address is never looked up, so this cannot happen; count it as it came.
            return address;
        }
    }
}
