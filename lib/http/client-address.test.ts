import { describe, expect, it } from "vitest";
import { clientAddress, clientAddressFromHeaders, trustedProxyHops } from "./client-address";

describe("clientAddress (the chain rule of docs/security.md)", () => {
  it("with no trusted proxy takes the socket's address, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "198.51.100.1, 198.51.100.2", 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy takes the address that proxy appended, not what the client wrote", () => {
    // the client wrote "1.1.1.1"; the proxy (10.0.0.2, the socket) appended the client's 203.0.113.7
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.2", "203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("behind two trusted proxies takes the second address from the right of the chain", () => {
    expect(clientAddress("10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.3", ["6.6.6.6, 203.0.113.7", "10.0.0.2"], 2)).toBe("203.0.113.7");
  });

  it("a chain shorter than the hops gives its leftmost address", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.3", "203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("normalises IPv4-mapped IPv6, brackets and ports", () => {
    expect(clientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(clientAddress("::1", undefined, 0)).toBe("::1");
    expect(clientAddress("10.0.0.2", "[2001:db8::1]:4711", 1)).toBe("2001:db8::1");
    expect(clientAddress("10.0.0.2", "203.0.113.7:4711", 1)).toBe("203.0.113.7");
  });

  it("without any address says unknown", () => {
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
    expect(clientAddress("", " , ", 2)).toBe("unknown");
  });

  it("ignores hop counts that are not non-negative integers", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.7", -1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.7", 1.5)).toBe("10.0.0.2");
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("two")).toBe(0);
  });
});

describe("clientAddressFromHeaders", () => {
  it("reads the header the custom server set, never X-Forwarded-For", () => {
    expect(clientAddressFromHeaders(new Headers({ "x-halle-client-address": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddressFromHeaders({ "x-halle-client-address": "203.0.113.7", "x-forwarded-for": "1.1.1.1" })).toBe(
      "203.0.113.7",
    );
    expect(clientAddressFromHeaders({ "x-halle-client-address": ["203.0.113.7"] })).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
    expect(clientAddressFromHeaders({})).toBe("unknown");
    expect(clientAddressFromHeaders(undefined)).toBe("unknown");
  });
});
