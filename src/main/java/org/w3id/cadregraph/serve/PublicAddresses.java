package org.w3id.cadregraph.serve;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which IP addresses a federated query may reach: public unicast ones only. Loopback, link-local (the cloud
 * metadata address 169.254.169.254 among them), private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade
 * NAT (100.64/10), unspecified, multicast and reserved ranges are refused, whatever the host name says.
 */
final class PublicAddresses {
    private PublicAddresses() {}

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0                                   // "this network"
                    || (first == 100 && (second & 0xc0) == 64)    // 100.64.0.0/10, shared address space
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)   // 192.0.0.0/24, protocol assignments
                    || (first == 198 && (second & 0xfe) == 18)    // 198.18.0.0/15, benchmarking
                    || first >= 240);                             // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                         // fc00::/7, unique local
                return false;
            }
            if (isNat64(b) || isIpv4Compatible(b)) {              // an IPv4 address inside an IPv6 one
                return isPublic(ipv4(b));
            }
        }
        return true;
    }

    /** 64:ff9b::/96, the well-known NAT64 prefix. */
    private static boolean isNat64(byte[] b) {
        if (b[0] != 0 || b[1] != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** ::a.b.c.d (deprecated IPv4-compatible form; ::ffff:a.b.c.d is already an Inet4Address in Java). */
    private static boolean isIpv4Compatible(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b) {
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);    // four bytes are always an address
        }
    }
}
