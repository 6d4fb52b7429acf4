import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Addresses a client's metadata document may never come from: the vault's own networks. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (ULA)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

export type AddressKind = 'public' | 'loopback' | 'private' | 'invalid';

/**
 * Classifies an IP address. IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4) are judged
 * by the IPv4 address inside, so `::ffff:127.0.0.1` is loopback and `2002:a00:1::` private.
 */
export function addressKind(address: string): AddressKind {
  const ip = address.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  if (isIPv4(ip)) {
    if (LOOPBACK.check(ip, 'ipv4')) return 'loopback';
    return PRIVATE.check(ip, 'ipv4') ? 'private' : 'public';
  }
  if (!isIPv6(ip)) return 'invalid';
  const embedded = embeddedIPv4(ip);
  if (embedded) return addressKind(embedded);
  if (LOOPBACK.check(ip, 'ipv6')) return 'loopback';
  return PRIVATE.check(ip, 'ipv6') ? 'private' : 'public';
}

function embeddedIPv4(ip: string): string | undefined {
  const groups = expand(ip);
  const v4 = (high: number, low: number) => [high >> 8, high & 255, low >> 8, low & 255].join('.');
  const [a, b, c, d, e, f, g, h] = groups;
  if (a === undefined || b === undefined || g === undefined || h === undefined) return undefined;
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (deprecated compatible form)
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && (f === 0xffff || f === 0))
    return f === 0 && g === 0 && h <= 1 ? undefined : v4(g, h);
  if (a === 0x64 && b === 0xff9b) return v4(g, h); // NAT64 64:ff9b::/96
  if (a === 0x2002) return v4(b, c ?? 0); // 6to4 2002:AABB:CCDD::/48
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail counts as two). */
function expand(ip: string): number[] {
  let text = ip;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [p, q, r, s] = dotted[1].split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1].length)}${((p << 8) | q).toString(16)}:${((r << 8) | s).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((group) => parseInt(group, 16));
}
