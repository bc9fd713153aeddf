package uk.sexualsafety.cop.portal.throttle;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who counts as one client for a per-client limit, from the address a request came from. One IPv4 address is one
 * client. An IPv6 network hands a whole /64 to one subscriber (a home, a phone, a server), who can use any of its
 * 2^64 addresses, so the /64 is the client. An IPv6 address that carries an IPv4 address (IPv4-mapped, NAT64's
 * well-known prefix, 6to4, Teredo) counts as that IPv4 address, so the same host cannot appear as many clients, and
 * many hosts behind one translator do not become one. Anything else (a proxy's odd header) is a client of its own.
 *
 * <p>The address is never looked up in DNS. The key is stored only as a keyed hash ({@link DatabaseBucketStore}), for throttling.
 */
public final class ClientKey {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final byte[] NAT64_WELL_KNOWN = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private ClientKey() {
    }

    /** The client behind {@code address} (as a servlet's {@code getRemoteAddr()} gives it). */
    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String text = address.strip().toLowerCase(Locale.ROOT);
        InetAddress parsed = literal(text);
        return switch (parsed) {
            case Inet4Address v4 -> v4.getHostAddress();
            case Inet6Address v6 -> ofIpv6(v6.getAddress());
            case null, default -> "other:" + text;
        };
    }

    private static String ofIpv6(byte[] bytes) {
        if (startsWith(bytes, NAT64_WELL_KNOWN)) {
            return ipv4(bytes[12], bytes[13], bytes[14], bytes[15]);
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            // 6to4: 2002:AABB:CCDD::/48 belongs to the host at A.B.C.D.
            return ipv4(bytes[2], bytes[3], bytes[4], bytes[5]);
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0) {
            // Teredo: the client's own IPv4 address is the last 32 bits, inverted.
            return ipv4((byte) ~bytes[12], (byte) ~bytes[13], (byte) ~bytes[14], (byte) ~bytes[15]);
        }
        var prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** Parses only address literals: {@link InetAddress#getByName} would ask DNS for anything else. */
    private static InetAddress literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        try {
            if (DOTTED_QUAD.matcher(bare).matches()) {
                return InetAddress.getByAddress(ipv4Bytes(bare));
            }
            // In brackets, a text is only ever parsed as an IPv6 literal (or refused), never resolved.
            return bare.contains(":") ? InetAddress.getByName("[" + bare + "]") : null;
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static byte[] ipv4Bytes(String dottedQuad) {
        String[] parts = dottedQuad.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int part = Integer.parseInt(parts[i]);
            if (part > 255) {
                throw new IllegalArgumentException("not an IPv4 address");
            }
            bytes[i] = (byte) part;
        }
        return bytes;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ipv4(byte a, byte b, byte c, byte d) {
        return (a & 0xff) + "." + (b & 0xff) + "." + (c & 0xff) + "." + (d & 0xff);
    }
}
