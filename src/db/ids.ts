/** Deterministic UUIDs (RFC 9562 version 8, from SHA-256 of a name) so that seeded data is the same on every run. */
import crypto from 'node:crypto';

export function nameUuid(name: string): string {
  const h = crypto.createHash('sha256').update(name).digest();
  h[6] = (h.readUInt8(6) & 0x0f) | 0x80; // version 8
  h[8] = (h.readUInt8(8) & 0x3f) | 0x80; // RFC 9562 variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** A small, fast seeded PRNG (mulberry32): same seed, same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
