// Client addresses: what kind they are, and how they are stored (truncated, so that the stored
// value no longer points to one household: IPv4 last octet zeroed, IPv6 last 80 bits zeroed).
import { BlockList, isIPv4, isIPv6 } from 'node:net';

export type AddressKind = 'loopback' | 'private' | 'public';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16],
  ['100.64.0.0', 10],
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv4');
}
privateRanges.addSubnet('fc00::', 7, 'ipv6');
privateRanges.addSubnet('fe80::', 10, 'ipv6');

// "::ffff:1.2.3.4" (IPv4 seen through an IPv6 socket) is the IPv4 address it carries.
export function normalizeAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1]! : ip;
}

export function isIpAddress(ip: string): boolean {
  return isIPv4(ip) || isIPv6(ip);
}

export function addressKind(ip: string): AddressKind {
  const address = normalizeAddress(ip);
  const family = isIPv4(address) ? 'ipv4' : 'ipv6';
  if (loopback.check(address, family)) return 'loopback';
  if (privateRanges.check(address, family)) return 'private';
  return 'public';
}

function expandIPv6(ip: string): number[] {
  const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  return [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
}

export function truncateAddress(ip: string): string {
  const address = normalizeAddress(ip);
  if (isIPv4(address)) return address.replace(/\.\d+$/, '.0');
  const groups = expandIPv6(address);
  return `${groups
    .slice(0, 3)
    .map((group) => group.toString(16))
    .join(':')}::`;
}
