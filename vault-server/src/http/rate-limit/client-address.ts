import { isIPv4, isIPv6 } from 'node:net';
import type { Request } from 'express';

/**
 * The caller a limit counts against: the client address as Express derives it under the vault's
 * `trust proxy` setting (the socket's peer unless a trusted proxy forwards X-Forwarded-For).
 * IPv4-mapped addresses count as IPv4; an IPv6 caller counts per /64, the block one host usually
 * holds, so rotating through its own addresses does not buy more attempts.
 */
export function clientAddress(req: Request): string {
  return callerKey(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

export function callerKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right]
    : left;
  return groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
