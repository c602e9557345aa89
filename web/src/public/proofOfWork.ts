/**
 * The proof of work a survey ticket asks for: a nonce such that SHA-256(challenge + ":" + nonce) begins with the
 * challenge's number of zero bits. SHA-256 is written out here rather than taken from WebCrypto, because
 * crypto.subtle exists only in a secure context and plaques may link over plain http; it also lets the fixed part
 * of the input be hashed once and only the nonce's block be hashed per attempt. The browser tests solve with this
 * same module.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

/** Runs the compression function over one 64-byte block of {@code bytes} at {@code offset}, updating {@code state}. */
function compress(state: Uint32Array, bytes: Uint8Array, offset: number, w: Uint32Array) {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4
    w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3]
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15]
    const b = w[i - 2]
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
  }
  let a = state[0],
    b = state[1],
    c = state[2],
    d = state[3],
    e = state[4],
    f = state[5],
    g = state[6],
    h = state[7]
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  state[0] += a
  state[1] += b
  state[2] += c
  state[3] += d
  state[4] += e
  state[5] += f
  state[6] += g
  state[7] += h
}

const encoder = new TextEncoder()

/** SHA-256 of the UTF-8 bytes of {@code text}. */
export function sha256(text: string): Uint8Array {
  return new Hasher(encoder.encode(text)).digest(new Uint8Array(0))
}

/** SHA-256 over a fixed prefix followed by varying suffixes: the prefix's whole blocks are hashed once. */
class Hasher {
  private readonly state = new Uint32Array(INITIAL)
  private readonly rest: Uint8Array
  private readonly length: number
  private readonly w = new Uint32Array(64)
  private readonly work = new Uint32Array(8)
  private readonly tail = new Uint8Array(256)

  constructor(prefix: Uint8Array) {
    const whole = prefix.length - (prefix.length % 64)
    for (let offset = 0; offset < whole; offset += 64) compress(this.state, prefix, offset, this.w)
    this.rest = prefix.subarray(whole)
    this.length = prefix.length
  }

  digest(suffix: Uint8Array): Uint8Array {
    const used = this.rest.length + suffix.length
    const size = Math.ceil((used + 9) / 64) * 64
    const tail = size <= this.tail.length ? this.tail.subarray(0, size) : new Uint8Array(size)
    tail.fill(0)
    tail.set(this.rest, 0)
    tail.set(suffix, this.rest.length)
    tail[used] = 0x80
    // The length in bits, big-endian in the last 8 bytes; the inputs here are far shorter than 2^29 bytes.
    const bits = (this.length + suffix.length) * 8
    tail[size - 4] = bits >>> 24
    tail[size - 3] = (bits >>> 16) & 0xff
    tail[size - 2] = (bits >>> 8) & 0xff
    tail[size - 1] = bits & 0xff
    this.work.set(this.state)
    for (let offset = 0; offset < tail.length; offset += 64) compress(this.work, tail, offset, this.w)
    const out = new Uint8Array(32)
    for (let i = 0; i < 8; i++) {
      out[i * 4] = this.work[i] >>> 24
      out[i * 4 + 1] = (this.work[i] >>> 16) & 0xff
      out[i * 4 + 2] = (this.work[i] >>> 8) & 0xff
      out[i * 4 + 3] = this.work[i] & 0xff
    }
    return out
  }
}

/** How many zero bits the digest begins with. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

/** Attempts between two yields to the page, so taps and the spinner stay live while a phone works (~10–50 ms each). */
const ATTEMPTS_PER_SLICE = 4096

/**
 * A nonce that solves the challenge. With {@code yieldToPage} the work is cut into slices with a pause for the
 * page between them; without, it runs through (tests, where nothing else waits on the thread).
 */
export async function solve(challenge: string, bits: number, yieldToPage = true): Promise<string> {
  const hasher = new Hasher(encoder.encode(`${challenge}:`))
  for (let nonce = 0; ; nonce++) {
    if (leadingZeroBits(hasher.digest(encoder.encode(nonce.toString(36)))) >= bits) return nonce.toString(36)
    if (yieldToPage && nonce % ATTEMPTS_PER_SLICE === ATTEMPTS_PER_SLICE - 1) {
      await new Promise((resume) => setTimeout(resume, 0))
    }
  }
}
