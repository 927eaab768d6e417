package com.servicenet.limits;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a public request is counted against. The peer's address, unless the peer is one of the
 * configured trusted proxies (a load balancer in front of the nodes): then the last address its
 * {@code X-Forwarded-For} names, the one the proxy itself saw. A client cannot choose its bucket by sending
 * the header itself, since only a trusted peer's header is read.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String of(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? peer : last;
    }
}
