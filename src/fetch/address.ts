import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/**
 * Where the fetcher may go: http(s) only, and never to a private, loopback or link-local address
 * (a feed must not make Parallax read the operator's own network) unless the run allows it.
 */

/** A request that must not be made, with the reason. */
export class BlockedError extends Error {
  override readonly name = 'BlockedError';
}

// IPv4 ranges that are not the public internet: [first octets as a number, prefix length].
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

const v4Number = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** True for an IP address (v4 or v6) that is private, loopback, link-local, multicast or unspecified. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  const kind = isIP(bare);
  if (kind === 4) {
    const n = v4Number(bare);
    return PRIVATE_V4.some(([base, bits]) => {
      const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
      return (n & mask) >>> 0 === (v4Number(base) & mask) >>> 0;
    });
  }
  if (kind !== 6) return false;
  const words = expandV6(bare.toLowerCase());
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = words;
  const zeroPrefix = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  // IPv4 carried in IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d) is
  // judged as the IPv4 address it carries, whichever way the URL parser wrote it
  if (zeroPrefix && f === 0 && g === 0 && h <= 1) return true; // :: and ::1
  if (zeroPrefix && (f === 0xffff || f === 0)) return isPrivateAddress(v4(g, h));
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0)
    return isPrivateAddress(v4(g, h));
  return (
    (a & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (a & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (a & 0xff00) === 0xff00 // multicast ff00::/8
  );
}

// The eight 16-bit words of an IPv6 address (a dotted IPv4 tail counted as two).
function expandV6(ip: string): number[] {
  let text = ip;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [, p, q, r, t] = dotted.map(Number) as [number, number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((p << 8) | q).toString(16)}:${((r << 8) | t).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((w) => Number.parseInt(w || '0', 16));
}

/** What a refused private address tells the user to do, by default the command line's option. */
export const ALLOW_PRIVATE_HINT = 'allow it with --allow-private';

/**
 * Check a URL before it is requested: an http(s) URL, and unless `allowPrivate`, no host that is a
 * private or loopback address or `localhost`. Throws a BlockedError saying why, and `hint` what to do.
 */
export function checkTarget(url: URL, allowPrivate: boolean, hint = ALLOW_PRIVATE_HINT): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BlockedError(`not an http(s) URL: ${url.href}`);
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host)))
    throw new BlockedError(`${host} is a private or loopback address (${hint})`);
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A DNS lookup for the HTTP client's connections that refuses names resolving to a private or
 * loopback address (so a public name pointed at the operator's network is caught when connecting).
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const allowed = allowPrivate ? list : list.filter((a) => !isPrivateAddress(a.address));
      if (allowed.length === 0)
        return callback(
          Object.assign(new BlockedError(`${hostname} resolves to a private or loopback address`), {
            code: 'EBLOCKED',
          }),
          [],
        );
      if ((options as { all?: boolean }).all) return callback(null, allowed);
      const first = allowed[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
