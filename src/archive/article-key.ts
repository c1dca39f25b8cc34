/**
 * The archive contract's id → key function, shared by the publisher's tool (which names each
 * article document by it) and the reader (which asks for that document). Any id maps to a key of
 * `[a-z0-9-]`, at most 64 characters, lower case (archives get copied to case-insensitive file
 * systems), the same in every run and every implementation:
 *
 *   key  = slug ? `${slug}-${hash}` : hash
 *   hash = RFC 4648 base32, lower case, unpadded (26 characters), of the 128-bit
 *          MurmurHash3_x86_128 (seed 0) of the id's UTF-8 bytes, its four 32-bit words h1…h4
 *          written big-endian in that order (the reference implementation's hex digest)
 *   slug = the id's runs of ASCII letters and digits, lower-cased, joined by `-`, cut to 37
 *          characters, with no `-` at either end (only there to help operators read the key)
 *
 * The hash is the key's last 26 characters, so ids with different hashes always get different
 * keys; ids that differ only in case, or only outside ASCII, differ in their hash. Pure
 * JavaScript on purpose: Web Crypto needs a secure context, and archives are served over plain
 * http: too.
 */
export function articleKey(id: string): string {
  const hash = base32(murmur3x86128(new TextEncoder().encode(id)));
  const slug = (id.match(/[A-Za-z0-9]+/g) ?? [])
    .join('-')
    .toLowerCase()
    .slice(0, SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug ? `${slug}-${hash}` : hash;
}

/** 64 characters in all: the slug, a `-`, and the 26 of the hash. */
const SLUG_LENGTH = 37;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(words: readonly number[]): string {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  words.forEach((word, i) => {
    view.setUint32(i * 4, word);
  });
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  // 128 bits leave 3 over: the last character carries them padded with zero bits.
  return out + ALPHABET.charAt((buffer << (5 - bits)) & 31);
}

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/** MurmurHash3_x86_128 (Austin Appleby's public-domain reference), seed 0, as h1…h4 unsigned. */
export function murmur3x86128(data: Uint8Array): [number, number, number, number] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const length = data.length;
  const blocks = length - (length % 16);
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  const mix1 = (k: number) => Math.imul(rotl(Math.imul(k, C1), 15), C2);
  const mix2 = (k: number) => Math.imul(rotl(Math.imul(k, C2), 16), C3);
  const mix3 = (k: number) => Math.imul(rotl(Math.imul(k, C3), 17), C4);
  const mix4 = (k: number) => Math.imul(rotl(Math.imul(k, C4), 18), C1);

  for (let i = 0; i < blocks; i += 16) {
    h1 ^= mix1(view.getUint32(i, true));
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    h2 ^= mix2(view.getUint32(i + 4, true));
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    h3 ^= mix3(view.getUint32(i + 8, true));
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    h4 ^= mix4(view.getUint32(i + 12, true));
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }

  // The tail: up to 15 bytes, read little-endian into four words, as the reference's switch.
  const tail = [0, 0, 0, 0];
  for (let i = blocks; i < length; i++) {
    const offset = i - blocks;
    tail[offset >> 2] = (tail[offset >> 2] ?? 0) ^ ((data[i] ?? 0) << ((offset & 3) * 8));
  }
  const rest = length - blocks;
  if (rest > 12) h4 ^= mix4(tail[3] ?? 0);
  if (rest > 8) h3 ^= mix3(tail[2] ?? 0);
  if (rest > 4) h2 ^= mix2(tail[1] ?? 0);
  if (rest > 0) h1 ^= mix1(tail[0] ?? 0);

  h1 ^= length;
  h2 ^= length;
  h3 ^= length;
  h4 ^= length;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
