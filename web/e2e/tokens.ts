import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/**
 * Bad credentials made from a real access token: the same header and claims, so the only thing wrong with each is
 * what its name says. Needs the development keys of the local system (scripts/run-local.sh writes them to
 * $SANGANG_LOCAL_HOME/keys, by default .local/keys; platform/local-infra JwtKeys).
 */

const KEYS = process.env.SANGANG_LOCAL_HOME
  ? pathToFileURL(`${process.env.SANGANG_LOCAL_HOME}/keys/`)
  : new URL('../../.local/keys/', import.meta.url)

interface Header {
  alg: string
  kid?: string
  typ?: string
  jwk?: object
}

type Claims = Record<string, unknown>

const devJwk = JSON.parse(readFileSync(new URL('jwt-signing.jwk.json', KEYS), 'utf8')) as JsonWebKey & { kid: string }
const devKey = createPrivateKey({ key: devJwk, format: 'jwk' })
// Made once per run, never published: a stranger's key that claims the development key's id.
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
const devPublicPem = readFileSync(new URL('jwt-public.pem', KEYS), 'utf8')

const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url')

function parts(token: string): { header: Header; claims: Claims } {
  const [header, claims] = token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')))
  return { header, claims }
}

function rs256(header: Header, claims: Claims, key: KeyObject): string {
  const input = `${encode(header)}.${encode(claims)}`
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`
}

const now = () => Math.floor(Date.now() / 1000)

/** Kinds of bad credential; each turns a rightful token into one that must be refused. */
export const BAD_CREDENTIALS = {
  'no token': () => undefined,
  // An hour past expiry, well beyond any clock skew a verifier allows (Spring's default is 60 s).
  expired: (token: string) => {
    const { header, claims } = parts(token)
    return rs256({ ...header, kid: devJwk.kid }, { ...claims, iat: now() - 7200, exp: now() - 3600 }, devKey)
  },
  // Signed by the right key, but meant for another system: the services accept tokens for sangang-services only.
  'another audience': (token: string) => {
    const { header, claims } = parts(token)
    return rs256({ ...header, kid: devJwk.kid }, { ...claims, aud: 'another-system' }, devKey)
  },
  'forged: another key with the same kid': (token: string) => {
    const { header, claims } = parts(token)
    return rs256({ ...header, kid: devJwk.kid }, claims, strangerKey)
  },
  // A verifier that trusts a key the token brings along accepts anything.
  'forged: its own key embedded in the header (jwk)': (token: string) => {
    const { header, claims } = parts(token)
    const jwk = createPublicKey(strangerKey).export({ format: 'jwk' })
    return rs256({ ...header, kid: devJwk.kid, jwk: { ...jwk, kid: devJwk.kid } }, claims, strangerKey)
  },
  // The algorithm-confusion attack: HMAC keyed with the public key, which a careless verifier would accept.
  'forged: HS256 keyed with the public key': (token: string) => {
    const { header, claims } = parts(token)
    const input = `${encode({ ...header, alg: 'HS256', kid: devJwk.kid })}.${encode(claims)}`
    return `${input}.${createHmac('sha256', devPublicPem).update(input).digest('base64url')}`
  },
  'unsigned: alg none': (token: string) => {
    const { header, claims } = parts(token)
    return `${encode({ ...header, alg: 'none', kid: devJwk.kid })}.${encode(claims)}.`
  },
} satisfies Record<string, (token: string) => string | undefined>

export type BadCredential = keyof typeof BAD_CREDENTIALS

/** The roles a token carries, as the services read them. */
export function rolesOf(token: string): string[] {
  return parts(token).claims.roles as string[]
}
