import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/rate-limits/client-address";
import { parseProxyTrust } from "@/lib/rate-limits/setting-formats";
import { knownDeviceTag, readKnownDevices, rememberKnownDevice } from "@/lib/rate-limits/known-devices";
import { deviceName } from "@/lib/sessions/device-name";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the client's address", () => {
  it("is the socket's peer (the header's last entry) when no proxy is trusted", () => {
    expect(clientAddress(xff("10.0.0.1, 192.0.2.5"), { hops: 0 })).toBe("192.0.2.5");
    expect(clientAddress(xff("192.0.2.5"), { hops: 0 })).toBe("192.0.2.5");
    expect(clientAddress(new Headers(), { hops: 0 })).toBe("unknown");
  });

  it("walks back through trusted hops or addresses, never past the first untrusted one", () => {
    expect(clientAddress(xff("10.0.0.1, 198.51.100.7, 192.0.2.5"), { hops: 1 })).toBe("198.51.100.7");
    expect(clientAddress(xff("10.0.0.1, 198.51.100.7, 192.0.2.5"), { hops: 2 })).toBe("10.0.0.1");
    expect(clientAddress(xff("198.51.100.7, 192.0.2.5"), { hops: 5 })).toBe("198.51.100.7");
    expect(clientAddress(xff("10.0.0.1, 198.51.100.7, 192.0.2.5"), { addresses: ["192.0.2.0/24"] })).toBe(
      "198.51.100.7",
    );
    expect(clientAddress(xff("10.0.0.1, 198.51.100.7, 127.0.0.1"), { addresses: ["loopback"] })).toBe("198.51.100.7");
  });

  it("reads the setting: nothing or 0 trusts none, a number is hops, else an address list; a bad one is an error", () => {
    expect(parseProxyTrust(undefined)).toEqual({ hops: 0 });
    expect(parseProxyTrust(" 2 ")).toEqual({ hops: 2 });
    expect(parseProxyTrust("10.0.0.0/8, loopback")).toEqual({ addresses: ["10.0.0.0/8", "loopback"] });
    expect(parseProxyTrust("not an address")).toBeInstanceOf(Error);
  });
});

describe("known devices", () => {
  it("tags an account per secret, case-insensitively, and keeps at most five, newest first", () => {
    const tag = knownDeviceTag("Amara@Byline.test", "s");
    expect(tag).toBe(knownDeviceTag(" amara@byline.test", "s"));
    expect(tag).not.toBe(knownDeviceTag("amara@byline.test", "another secret"));
    let cookie: string | undefined;
    for (const name of ["a", "b", "c", "d", "e", "f"]) cookie = rememberKnownDevice(cookie, knownDeviceTag(name, "s"));
    expect(readKnownDevices(cookie)).toHaveLength(5);
    expect(readKnownDevices(cookie)[0]).toBe(knownDeviceTag("f", "s"));
    expect(readKnownDevices("junk.<script>")).toEqual([]);
  });
});

describe("device names", () => {
  it("summarise a browser without keeping the header", () => {
    expect(
      deviceName(
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
      ),
    ).toBe("Chrome on Android");
    expect(
      deviceName(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari on iOS");
    expect(deviceName(null)).toBe("Unknown browser");
  });
});
