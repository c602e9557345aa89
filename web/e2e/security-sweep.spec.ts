import { readFileSync } from 'node:fs'
import { type APIRequestContext } from '@playwright/test'
import { currentQuarter } from '../src/shared/quarters'
import { bearer, ok, thisYear, todayInChina } from './api'
import { signIn, tokenOf } from './support'
import { PUBLIC_READS, RULES, type Call, type Ids, type Role } from './sweep-rules'
import { BAD_CREDENTIALS, rolesOf } from './tokens'
import { expect, test } from './refusals'

/*
 * The security sweep, generated from what the gateway serves: the operations of every spec its Swagger UI lists
 * (/api-docs/<service> and its own /v3/api-docs), cross-checked against the routes of
 * gateway/src/main/resources/application.yml (an operation no route sends to its service, a route without a spec
 * or without operations, a public declaration the gateway does not share, an operation outside the public routes
 * whose spec names no roles (`x-roles`), a required parameter sweep-rules.ts does not give: each is reported). Every
 * operation outside the gateway's public routes (PublicRoutes.java) is called
 *
 *  - with no token, or a token made from a rightful one: expired (signed with the development key, an hour past
 *    expiry), forged (a stranger's key claiming the development key's kid; the same with the stranger's public key
 *    embedded in the header; HS256 keyed with the public key; alg none) — through the gateway and directly at the
 *    service, since every service checks tokens itself: 401. And with no token under a public route, climbing out
 *    of it (/public/zone/..;/..;/api/zone/…, ..%2F): the gateway lets those through without a token, so the service
 *    must refuse them (400, 401 or 404);
 *  - by another bureau: an anhua-fp account holding a role the operation allows, with taojiang-fp's real ids. An
 *    operation naming a taojiang resource in its path is refused with 403 or 404, one naming it in the body or query
 *    also with 422 (a reference the caller's bureau does not know); a read may instead answer 2xx with anhua's own
 *    data. An operation naming nothing of taojiang's reads anhua's own data, and is sent again naming taojiang-fp as
 *    its bureau (?bureauId=), which is refused with 403 — a write is sent only that way, so a pass changes nothing of
 *    anhua's either;
 *  - by a wrong role. The rule: the roles its spec names (`x-roles`, from the deployable's endpoint catalogue, which
 *    the deployable's own role sweep proves and docs/roles.md shows), and every demo
 *    account of taojiang-fp (one per role: MEMBER only, UNIT_HEAD, LEADER, SECRETARY, OFFICE, ADMIN — each but ADMIN
 *    also a MEMBER) and the county office whose token carries none of those roles calls it: 403. So a plain member
 *    tries every office, leader, secretary and admin operation, the county office every bureau operation, every
 *    bureau role the county feed. A relation on top of a role (the member of that zone, a person's own entry) is
 *    the services' own suites' business; the ids are chosen so that no sweeping account holds one.
 *
 * No answer — a refusal included — may contain taojiang-fp's data: ids, codes, person numbers, names and titles as
 * its rightful readers see them, less what the request itself sent and what anhua-fp also has (its seed and its own
 * reads; generated ids are never shared). Taojiang's own accounts refused for their role are exempt: it is their
 * bureau. The public reads of the boards and plaque pages (no token) answer, and show no person number, phone,
 * account or internal id. A request still unanswered when sent a second time counts as a finding too (see send).
 * Every refusal is problem+json with a stable code and a title and detail in Chinese, the language a caller that
 * names none gets.
 *
 * And nothing changes: every GET operation read by a rightful account, and each service's whole audit trail (where
 * every change leaves an entry), is the same after the sweep as before, no field ignored. Both snapshots are taken
 * once the reads have settled (the same twice, a few seconds apart), because the tests before this one leave events
 * in flight (satisfaction is published every 3 s). Requests are well-formed (a body failing validation would be
 * refused before anyone checks a role), and each rightful read must succeed, which proves the table and the ids
 * right. What taojiang-fp does not have yet is made if it costs nothing, else stood in for by an id of nothing, and
 * the run says which (see harvest).
 *
 * Needs the local system: its development keys (.local/keys) and its services' ports (the gateway's defaults).
 */

const GATEWAY = 'gateway'
const VICTIM = 'taojiang-fp'
/** One demo account of taojiang-fp per role, then one of anhua-fp per role, then the county office. */
const VICTIMS = ['tj0011', 'tj0004', 'tj0001', 'tj0008', 'tj0005', 'tj0006']
const OTHERS = ['ah0010', 'ah0003', 'ah0001', 'ah0004', 'ah0005', 'ah0006']
const COUNTY = 'county'
/** Of several accounts that may call an operation, the one who sees the most reads it. */
const PREFERENCE: Role[] = ['LEADER', 'OFFICE', 'SECRETARY', 'ADMIN', 'UNIT_HEAD', 'MEMBER', 'COUNTY']
/** Ids of nothing, for what taojiang-fp does not have yet. */
const NOTHING = {
  post: 'ffffffffffffffffffffffff',
  postPlaque: 'PQZZZZZZZZ',
  election: 'ffffffffffffffffffffffff',
  pledge: 'ffffffffffffffffffffffff',
  pledgeCode: 'PLZZZZZZZZ',
}
/** The PDF letter and the .xlsx ledger stamp their own creation time; the same data is read as JSON. */
const FILE = /\.(pdf|xlsx)$/
const SETTLE_MS = 3_500
const STALLED_AFTER_MS = 5_000
const ANSWER_WITHIN_MS = 10_000
const PARALLEL = 6

const repo = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const GATEWAY_CONFIG = repo('gateway/src/main/resources/application.yml')

interface Route {
  id: string
  service: string
  patterns: string[]
}

/** The routes of the gateway's configuration: each one's id, target service and path patterns. */
function gatewayRoutes(): Route[] {
  return GATEWAY_CONFIG.split(/^\s+- id: /m)
    .slice(1)
    .map((block) => ({
      id: block.substring(0, block.indexOf('\n')).trim(),
      service: /uri: \$\{sangang\.gateway\.services\.([\w-]+)\}/.exec(block)?.[1] ?? '(none)',
      patterns: (/- Path=(\S+)/.exec(block)?.[1] ?? '').split(','),
    }))
}

/** Each service's own address, the gateway configuration's default (the local system's). */
const SERVICE_URLS = Object.fromEntries(
  [...GATEWAY_CONFIG.matchAll(/^\s+([\w-]+-service): \$\{\w+:(http[^}]+)\}/gm)].map((m) => [m[1], m[2]]),
)

const PUBLIC_ROUTES = [
  ...(
    /PATTERNS = List\.of\(([^;]*)\);/.exec(
      repo('gateway/src/main/java/cn/sangang/gateway/edge/PublicRoutes.java'),
    )?.[1] ?? ''
  ).matchAll(/"([^"]+)"/g),
].map((m) => m[1])

function matches(pattern: string, path: string): boolean {
  if (!pattern.endsWith('/**')) return path === pattern
  const base = pattern.slice(0, -3)
  return path === base || path.startsWith(`${base}/`)
}

const isPublic = (path: string) => PUBLIC_ROUTES.some((pattern) => matches(pattern, path))

interface Operation {
  service: string
  method: string
  path: string
  key: string
  declaredPublic: boolean
  required: { name: string; in: string }[]
  /** Who may call it, as its spec says (`x-roles`); empty when the spec names none. */
  roles: readonly Role[]
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      { security?: unknown[]; parameters?: { name: string; in: string; required?: boolean }[]; 'x-roles'?: Role[] }
    >
  >
}

interface Api {
  specUrls: string[]
  operations: Operation[]
}

/** Every operation of every spec the gateway's Swagger UI lists. */
async function loadApi(request: APIRequestContext): Promise<Api> {
  const config = await ok<{ urls: { url: string }[] }>(await request.get('/v3/api-docs/swagger-config'), 'Swagger UI')
  const operations: Operation[] = []
  for (const { url } of config.urls) {
    const service = url === '/v3/api-docs' ? GATEWAY : url.replace('/api-docs/', '')
    const spec = await ok<OpenApi>(await request.get(url), `spec ${url}`)
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        operations.push({
          service,
          method: method.toUpperCase(),
          path,
          key: `${method.toUpperCase()} ${path}`,
          declaredPublic: operation.security?.length === 0,
          required: (operation.parameters ?? []).filter((p) => p.required),
          roles: operation['x-roles'] ?? [],
        })
      }
    }
  }
  return { specUrls: config.urls.map((u) => u.url), operations }
}

interface Account {
  username: string
  token: string
  roles: Role[]
}

const tokens = new Map<string, string>()

/** Each account signs in once per run. */
async function accountOf(request: APIRequestContext, username: string): Promise<Account> {
  if (!tokens.has(username)) tokens.set(username, await tokenOf(request, username))
  const token = tokens.get(username)!
  return { username, token, roles: rolesOf(token) as Role[] }
}

/** The account among `candidates` that may call the operation and sees the most, if any. */
function rightful(op: Operation, candidates: Account[]): Account | undefined {
  const role = PREFERENCE.find((r) => op.roles.includes(r) && candidates.some((a) => a.roles.includes(r)))
  return role && candidates.find((a) => a.roles.includes(role))
}

const callOf = (op: Operation, ids: Ids): Call => RULES[op.key]?.call?.(ids) ?? {}

interface Answer {
  status: number
  text: string
}

/** An answer, and whether it took a second attempt. */
interface Sent extends Answer {
  stalled: boolean
}

/** The operation's path with the call's path parameters. */
const pathOf = (op: Operation, call: Call) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(call.path?.[name])))

/**
 * The answer. The gateway's Reactor Netty (1.3.6) stops reading a kept-alive connection after it has answered a
 * request that arrived while the previous one was still being answered (reactor/reactor-netty#4361, fixed in 1.3.8):
 * the next request on it is not taken up until its client gives up, here in about one sweep in four. Such a request
 * is sent once more on a connection of its own, and counted; status 0 when that too goes unanswered.
 */
async function send(
  request: APIRequestContext,
  url: string,
  op: Operation,
  token: string | undefined,
  call: Call,
): Promise<Sent> {
  const attempt = async (headers: Record<string, string>, timeout: number) => {
    const response = await request.fetch(url, {
      method: op.method,
      headers: { ...headers, ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
      params: call.query,
      data: call.body,
      maxRedirects: 0,
      timeout,
    })
    return { status: response.status(), text: await response.text() }
  }
  try {
    return { ...(await attempt({}, STALLED_AFTER_MS)), stalled: false }
  } catch {
    try {
      return { ...(await attempt({ Connection: 'close' }, ANSWER_WITHIN_MS)), stalled: true }
    } catch (failure) {
      return { status: 0, text: String(failure).split('\n')[0], stalled: true }
    }
  }
}

async function inParallel<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index])
      }
    }),
  )
  return results
}

interface Zone {
  zoneId: string
  plaqueCode: string
  head: { personNo: string }
}

/**
 * Taojiang's real ids, read by its rightful accounts. What costs nothing is made when taojiang has none yet (a progress
 * report, a survey about a made-up target); what would use up demo people (a post, an election, a pledge) is
 * stood in for by an id of nothing, listed in `absent`.
 */
async function harvest(request: APIRequestContext, as: (username: string) => Account) {
  const read = async <T>(username: string, path: string) =>
    ok<T>(await request.get(path, bearer(as(username).token)), path)
  const write = async <T>(username: string, path: string, data: object) =>
    ok<T>(await request.post(path, { ...bearer(as(username).token), data }), path)
  const own = new Set(VICTIMS.map((u) => u.toUpperCase()))
  const units = await read<{ code: string; headPersonNo: string | null }[]>('tj0006', '/api/zone/units')
  const theirUnits = await read<{ code: string }[]>('ah0006', '/api/zone/units')
  const people = await read<{ personNo: string; unitCode: string; partyMember: boolean; active: boolean }[]>(
    'tj0006',
    '/api/zone/people',
  )
  // A plain member reads the people of their own unit: no sweeping account may work in the unit swept.
  const unit = units.find(
    (u) =>
      u.headPersonNo &&
      !theirUnits.some((t) => t.code === u.code) &&
      !people.some((p) => own.has(p.personNo) && p.unitCode === u.code),
  )
  const person = people.find((p) => p.partyMember && p.active && !own.has(p.personNo))
  const zones = await read<Zone[]>('tj0001', '/api/zone/zones')
  const zone = zones.find((z) => !own.has(z.head.personNo))
  const headed = zones.find((z) => z.head.personNo === 'TJ0004')
  expect(
    unit && person && zone && headed,
    'units, people and zones of taojiang-fp (the demo seed has them)',
  ).toBeTruthy()

  const report =
    (await read<{ id: string }[]>('tj0005', '/api/zone/reports'))[0] ??
    (await write<{ id: string }>('tj0004', '/api/zone/reports', {
      zoneId: headed!.zoneId,
      kind: 'PROGRESS',
      title: '责任区季度工作进展',
      body: '本季度走访群众、收集意见建议，已按期报送。',
    }))
  const survey =
    (await read<{ code: string }[]>('tj0005', '/api/evaluation/surveys'))[0] ??
    (await write<{ code: string }>('tj0005', '/api/evaluation/surveys', {
      targetType: 'ZONE',
      targetId: 'security-sweep',
      // Its own words: a title inside another bureau's (every quarterly survey reads 群众满意度测评) would be a marker
      // the other bureau's reads rightly contain.
      title: `桃江安全巡检测评${Date.now()}`,
      quarter: currentQuarter(),
    }))
  const posts = await read<{ id: string; plaque: { code: string } | null }[]>('tj0001', '/api/post/posts')
  const pledges: { id: string; publication: { publicCode: string } | null }[] = []
  for (const { year } of await read<{ year: number }[]>('tj0001', '/api/pledge/campaigns')) {
    pledges.push(...(await read<typeof pledges>('tj0001', `/api/pledge/pledges?year=${year}`)))
  }
  const found = {
    post: posts[0]?.id,
    postPlaque: posts.find((p) => p.plaque)?.plaque?.code,
    election: (await read<{ id: string }[]>('tj0001', '/api/post/elections'))[0]?.id,
    pledge: pledges[0]?.id,
    pledgeCode: pledges.find((p) => p.publication)?.publication?.publicCode,
  }
  const accounts = await read<{ id: string; username: string }[]>('tj0006', '/api/accounts')
  const harvested: Ids = {
    bureau: VICTIM,
    unit: unit!.code,
    unitHead: unit!.headPersonNo!,
    person: person!.personNo,
    zone: zone!.zoneId,
    zonePlaque: zone!.plaqueCode,
    report: report.id,
    survey: survey.code,
    post: found.post ?? NOTHING.post,
    postPlaque: found.postPlaque ?? NOTHING.postPlaque,
    election: found.election ?? NOTHING.election,
    pledge: found.pledge ?? NOTHING.pledge,
    pledgeCode: found.pledgeCode ?? NOTHING.pledgeCode,
    account: accounts.find((a) => ![...VICTIMS, ...OTHERS, COUNTY].includes(a.username))!.id,
    year: thisYear(),
    quarter: currentQuarter(),
    today: todayInChina(),
  }
  const absent = (Object.keys(found) as (keyof typeof found)[]).filter((kind) => found[kind] === undefined)
  return { ids: harvested, absent }
}

/** Whether a call stands in an id of nothing for something taojiang-fp does not have yet. */
const standsIn = (call: Call, absent: (keyof typeof NOTHING)[]) =>
  absent.some((kind) => JSON.stringify(call).includes(`"${NOTHING[kind]}"`))

/** Whether a call, or a part of it, names a resource of taojiang-fp. */
function namesVictim(call: Call | Call['path'], ids: Ids): boolean {
  const sent = JSON.stringify(call ?? {})
  const { bureau: _bureau, year: _year, quarter: _quarter, today: _today, ...references } = ids
  return Object.values(references).some((value) => sent.includes(`"${value}"`))
}

interface Read {
  label: string
  op: Operation
  account: Account
  call: Call
}

/** Every read by a rightful account among `accounts`; for an audit trail, the whole bureau's as well. */
function readsOf(operations: Operation[], accounts: Account[], ids: Ids): Read[] {
  return operations
    .filter((op) => op.method === 'GET' && !FILE.test(op.path) && rightful(op, accounts))
    .flatMap((op) => {
      const account = rightful(op, accounts)!
      const reads = [{ label: op.key, op, account, call: callOf(op, ids) }]
      if (op.path.endsWith('/audit'))
        reads.push({ label: `${op.key} (whole bureau)`, op, account, call: { query: { limit: 1000 } } })
      return reads
    })
}

type Snapshot = Map<string, Answer>

async function snapshot(request: APIRequestContext, reads: Read[]): Promise<Snapshot> {
  const answers = await inParallel(reads, (r) => send(request, pathOf(r.op, r.call), r.op, r.account.token, r.call))
  return new Map(reads.map((r, i) => [r.label, { status: answers[i].status, text: answers[i].text }]))
}

const differences = (a: Snapshot, b: Snapshot) =>
  [...a.keys()].filter((label) => JSON.stringify(a.get(label)) !== JSON.stringify(b.get(label)))

/**
 * What the system's own schedule added to a list between two snapshots — a quarter's automatic survey of a post an
 * earlier spec awarded, and its audit entry by `system` — is nobody's call: taken out of `after` before comparing.
 * Only new entries: a caller who changed an existing automatic survey still shows.
 */
function withoutScheduledWork(before: Snapshot, after: Snapshot): [Snapshot, Snapshot] {
  const scheduled = (entry: unknown) =>
    !!entry &&
    typeof entry === 'object' &&
    ((entry as { automatic?: unknown }).automatic === true || (entry as { actor?: unknown }).actor === 'system')
  const [was, now] = [new Map(before), new Map(after)]
  for (const [label, answer] of after) {
    const [then, current] = [json(before.get(label) ?? answer), json(answer)]
    if (!Array.isArray(then) || !Array.isArray(current)) continue
    const known = new Set(then.map((entry) => JSON.stringify(entry)))
    const kept = current.filter((entry) => known.has(JSON.stringify(entry)) || !scheduled(entry))
    if (kept.length === current.length) continue
    // Both sides re-written the same way, so only the entries differ, never the number formatting.
    was.set(label, { status: before.get(label)!.status, text: JSON.stringify(then) })
    now.set(label, { status: answer.status, text: JSON.stringify(kept) })
  }
  return [was, now]
}

/** A snapshot the system has settled on: the same twice in a row, a few seconds apart. */
async function settledSnapshot(request: APIRequestContext, reads: Read[]): Promise<Snapshot> {
  let last = await snapshot(request, reads)
  for (let round = 0; round < 8; round++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    const next = await snapshot(request, reads)
    const changed = differences(last, next)
    if (changed.length === 0) return next
    last = next
  }
  throw new Error(`taojiang-fp's reads keep changing: ${differences(last, await snapshot(request, reads)).join(', ')}`)
}

const MARKER_FIELD = /^(id|code|personNo|name|phone|title|content|username|pledger)$|(Id|Code|PersonNo|Name)$/
/** Ids the services generate (object ids, public codes): never the same in two bureaus. */
const GENERATED_ID = /^([0-9a-f]{24}|(PQ|ZR|PL|SV)[0-9A-Z]{8})$/

function strings(value: unknown, into: (key: string, text: string) => void, key = '') {
  if (typeof value === 'string') into(key, value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, into, key))
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => strings(v, into, k))
}

function json(answer: Answer): unknown {
  return answer.status === 200 && /^[[{]/.test(answer.text) ? JSON.parse(answer.text) : undefined
}

/**
 * Strings that identify taojiang's data in its reads: ids, codes, person numbers, names, titles. Less those anhua-fp
 * has too — in its seed, or in its own reads (a campaign's default title is the same in every bureau) — except
 * generated ids, so that taojiang's records showing up in anhua's reads still count.
 */
function markersOf(victim: Snapshot, theirReads: Snapshot): Set<string> {
  const seed = JSON.parse(repo('local/demo-bureaus.json')) as { bureaus: { id: string }[] }
  const theirs = new Set<string>()
  strings(
    seed.bureaus.find((b) => b.id !== VICTIM),
    (_, text) => theirs.add(text),
  )
  for (const answer of theirReads.values()) strings(json(answer), (_, text) => theirs.add(text))
  const markers = new Set<string>()
  for (const answer of victim.values()) {
    strings(json(answer), (key, value) => {
      const shared = theirs.has(value) && !GENERATED_ID.test(value)
      if (MARKER_FIELD.test(key) && value.length >= 2 && value !== VICTIM && !/^[A-Z_]+$/.test(value) && !shared) {
        markers.add(value)
      }
    })
  }
  return markers
}

/** Person numbers, phones, accounts and internal ids in taojiang's reads: what the public pages never show. */
function privateMarkersOf(victim: Snapshot): Set<string> {
  const markers = new Set<string>()
  for (const answer of victim.values()) {
    strings(json(answer), (key, value) => {
      if (PRIVATE_FIELD.test(key) && value.length >= 2 && value !== VICTIM && !PUBLIC_CODE.test(value))
        markers.add(value)
    })
  }
  return markers
}

const PRIVATE_FIELD = /^(id|personNo|phone|username)$|(Id|PersonNo)$/
/** The codes printed on plaques and boards, public by design. */
const PUBLIC_CODE = /^(PQ|ZR|PL|SV)[0-9A-Z]{8}$/

interface Probe {
  who: string
  op: Operation
  url: string
  token?: string
  call: Call
  /** The statuses it may answer; 'read': 2xx (checked for taojiang's data like every answer), 403 or 404. */
  allowed: number[] | 'read'
  /** Strings its answer must not contain, less those its request sent. */
  unseen?: Set<string>
}

interface Sweep {
  ids: Ids
  absent: (keyof typeof NOTHING)[]
  victims: Account[]
  others: Account[]
  county: Account
  markers: Set<string>
  privateMarkers: Set<string>
}

/** Every request of the sweep for one operation that needs a token. */
function probesOf(op: Operation, sweep: Sweep): Probe[] {
  const { ids, victims, others, county, markers } = sweep
  const call = callOf(op, ids)
  const path = pathOf(op, call)
  const write = op.method !== 'GET' && !RULES[op.key]?.onlyReads
  const probes: Probe[] = []
  const owner = rightful(op, [...victims, county])!
  for (const [kind, make] of Object.entries(BAD_CREDENTIALS)) {
    const token = make(owner.token)
    probes.push({ who: kind, op, url: path, token, call, allowed: [401], unseen: markers })
    if (op.service !== GATEWAY) {
      const url = `${SERVICE_URLS[op.service]}${path}`
      probes.push({ who: `${kind}, at ${op.service} directly`, op, url, token, call, allowed: [401], unseen: markers })
    }
  }
  // A public route ignores tokens at the gateway; a path that climbs out of it must still meet the service's check.
  for (const prefix of publicPrefixes().get(op.service) ?? []) {
    for (const url of [`${prefix}/..;/..;${path}`, `${prefix}/..%2F..%2F${path.substring(1)}`]) {
      probes.push({ who: 'no token, under a public route', op, url, call, allowed: [400, 401, 404], unseen: markers })
    }
  }
  const other = rightful(op, others)
  if (other) {
    const who = `${other.username} of anhua-fp`
    if (namesVictim(call, ids)) {
      // A reference in the body that the caller's bureau does not know may also be a rule violation (422).
      const refused = namesVictim(call.path, ids) ? [403, 404] : [403, 404, 422]
      probes.push({ who, op, url: path, token: other.token, call, allowed: write ? refused : 'read', unseen: markers })
    } else {
      if (!write) probes.push({ who, op, url: path, token: other.token, call, allowed: 'read', unseen: markers })
      const named = { ...call, query: { ...call.query, bureauId: VICTIM } }
      probes.push({
        who: `${who} naming ${VICTIM}`,
        op,
        url: path,
        token: other.token,
        call: named,
        allowed: [403],
        unseen: markers,
      })
    }
  }
  for (const account of [...victims, county].filter((a) => !a.roles.some((r) => op.roles.includes(r)))) {
    // Taojiang's own accounts may see its data in a refusal; the county office may not.
    const unseen = account === county ? markers : undefined
    probes.push({
      who: `${account.username} (${account.roles})`,
      op,
      url: path,
      token: account.token,
      call,
      allowed: [403],
      unseen,
    })
  }
  return probes
}

/** The public's read of a board or plaque page: only what those pages show. */
function publicProbeOf(op: Operation, sweep: Sweep): Probe {
  const call = PUBLIC_READS[op.key](sweep.ids)
  // An id of nothing finds nothing: a 404, or an empty list.
  const allowed = standsIn(call, sweep.absent) ? [200, 404] : [200]
  return { who: 'the public, no token', op, url: pathOf(op, call), call, allowed, unseen: sweep.privateMarkers }
}

/** Each service's public path prefixes (/public/zone for /public/zone/**), from the gateway's routes. */
function publicPrefixes(): Map<string, string[]> {
  const prefixes = new Map<string, string[]>()
  for (const route of gatewayRoutes()) {
    const open = route.patterns.filter((p) => p.endsWith('/**') && isPublic(p)).map((p) => p.slice(0, -3))
    prefixes.set(route.service, [...(prefixes.get(route.service) ?? []), ...open])
  }
  return prefixes
}

function verdict(probe: Probe, { status, text }: Answer): string[] {
  const where = `${probe.who}: ${probe.op.key}`
  const found: string[] = []
  const allowed =
    probe.allowed === 'read' ? status < 300 || status === 403 || status === 404 : probe.allowed.includes(status)
  if (!allowed) found.push(`${where} → ${status}, expected ${probe.allowed}: ${text.substring(0, 300)}`)
  const sent = JSON.stringify(probe.call)
  const leaked = [...(probe.unseen ?? [])].filter((m) => text.includes(m) && !sent.includes(m))
  if (leaked.length > 0) found.push(`${where} → ${status} with taojiang-fp's ${leaked.slice(0, 5).join(', ')}`)
  if (status >= 400 && !saysInChinese(text))
    found.push(`${where} → ${status} not a coded refusal in Chinese: ${text.substring(0, 300)}`)
  return found
}

/** A refusal a clerk can act on: problem+json with a stable code, and a title and a detail in Chinese. */
function saysInChinese(text: string): boolean {
  try {
    const problem = JSON.parse(text) as { code?: unknown; title?: unknown; detail?: unknown }
    return (
      typeof problem.code === 'string' &&
      /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(problem.code) &&
      [problem.title, problem.detail].every((said) => typeof said === 'string' && /[\u4e00-\u9fff]/.test(said))
    )
  } catch {
    return false
  }
}

const PLACEHOLDERS: Ids = {
  bureau: 'bureau',
  unit: 'unit',
  unitHead: 'head',
  person: 'person',
  zone: 'zone',
  zonePlaque: 'zone-plaque',
  report: 'report',
  post: 'post',
  postPlaque: 'post-plaque',
  election: 'election',
  pledge: 'pledge',
  pledgeCode: 'pledge-code',
  survey: 'survey',
  account: 'account',
  year: 2000,
  quarter: '2000-Q1',
  today: '2000-01-01',
}

const isPublicRead = (op: Operation) => op.method === 'GET' && op.path.startsWith('/public/')

test('every operation in the specs is routed by the gateway, and every route has a spec', async ({ request }) => {
  const api = await loadApi(request)
  const routes = gatewayRoutes()
  const serviceRoutes = routes.filter((r) => !r.id.endsWith('-api-docs'))
  const specRoutes = routes.filter((r) => r.id.endsWith('-api-docs'))
  const findings: string[] = []

  for (const route of serviceRoutes) {
    if (!api.operations.some((op) => op.service === route.service)) {
      findings.push(`route ${route.id} (${route.patterns}) has no spec at /api-docs/${route.service}`)
    }
    for (const pattern of route.patterns) {
      if (!api.operations.some((op) => op.service === route.service && matches(pattern, op.path))) {
        findings.push(`route ${route.id}: ${route.service}'s spec has no operation under ${pattern}`)
      }
    }
  }
  for (const url of api.specUrls.filter((u) => u !== '/v3/api-docs')) {
    if (!specRoutes.some((r) => r.patterns.includes(url)))
      findings.push(`the Swagger UI lists ${url}, which no route serves`)
  }
  for (const route of specRoutes) {
    if (!route.patterns.some((p) => api.specUrls.includes(p)))
      findings.push(`route ${route.id} serves a spec the Swagger UI does not list`)
  }
  for (const op of api.operations) {
    const routedTo = serviceRoutes.filter((r) => r.patterns.some((p) => matches(p, op.path))).map((r) => r.service)
    if (op.service === GATEWAY && routedTo.length > 0) {
      findings.push(`${op.key} of the gateway is shadowed by the route to ${routedTo}`)
    }
    if (op.service !== GATEWAY && !routedTo.includes(op.service)) {
      findings.push(`${op.key} of ${op.service} is not routed to it${routedTo.length ? ` but to ${routedTo}` : ''}`)
    }
    if (op.service !== GATEWAY && op.declaredPublic !== isPublic(op.path)) {
      findings.push(
        `${op.key} of ${op.service} is ${op.declaredPublic ? '' : 'not '}public in its spec but ` +
          `${isPublic(op.path) ? '' : 'not '}among the gateway's public routes`,
      )
    }
  }

  for (const op of api.operations.filter((o) => !isPublic(o.path) && o.roles.length === 0)) {
    findings.push(`${op.key} of ${op.service} needs a token, but its spec names no roles (x-roles)`)
  }
  for (const op of api.operations.filter((o) => isPublicRead(o) && !PUBLIC_READS[o.key])) {
    findings.push(`${op.key} of ${op.service} has no entry in PUBLIC_READS`)
  }
  const tables: [string, Operation[], Record<string, unknown>][] = [
    ['RULES', api.operations.filter((op) => !isPublic(op.path)), RULES],
    ['PUBLIC_READS', api.operations.filter(isPublicRead), PUBLIC_READS],
  ]
  for (const [table, operations, entries] of tables) {
    for (const key of Object.keys(entries).filter((k) => !operations.some((op) => op.key === k))) {
      findings.push(`${table} has an entry for ${key}, which no spec lists`)
    }
  }
  for (const op of api.operations.filter((o) => isPublicRead(o) || !isPublic(o.path))) {
    const call = RULES[op.key]?.call?.(PLACEHOLDERS) ?? PUBLIC_READS[op.key]?.(PLACEHOLDERS) ?? {}
    for (const parameter of op.required) {
      const given = parameter.in === 'path' ? call.path : call.query
      if (given?.[parameter.name] === undefined)
        findings.push(`${op.key}: its entry gives no ${parameter.in} parameter ${parameter.name}`)
    }
  }
  expect(findings).toEqual([])
})

test('no token, a bad token, another bureau or a wrong role reads nothing of taojiang-fp and changes nothing', async ({
  request,
}) => {
  // About 2,300 requests take half a minute; each one the gateway leaves unread costs 15 s more (see send).
  test.setTimeout(300_000)
  const started = Date.now()
  const api = await loadApi(request)
  const swept = api.operations.filter((op) => !isPublic(op.path) && op.roles.length > 0)
  const signedIn = new Map<string, Account>()
  for (const username of [...VICTIMS, ...OTHERS, COUNTY]) signedIn.set(username, await accountOf(request, username))
  const as = (username: string) => signedIn.get(username)!
  const victims = VICTIMS.map(as)
  const others = OTHERS.map(as)
  const county = as(COUNTY)

  const { ids, absent } = await harvest(request, as)
  const reads = readsOf(swept, [...victims, county], ids)
  const before = await settledSnapshot(request, reads)
  // A rightful read that is refused proves its request or its rule wrong, and then the sweep proves nothing.
  const refusedRightfully = reads
    .filter((r) => before.get(r.label)!.status !== 200 && !standsIn(r.call, absent))
    .map((r) => `${r.label} as ${r.account.username}: ${before.get(r.label)!.status}`)
  expect(refusedRightfully, 'rightful reads of taojiang-fp').toEqual([])
  const theirReads = readsOf(swept, others, ids).filter((r) => !namesVictim(r.call, ids))
  const sweep: Sweep = {
    ids,
    absent,
    victims,
    others,
    county,
    markers: markersOf(before, await snapshot(request, theirReads)),
    privateMarkers: privateMarkersOf(before),
  }

  const probes = [
    ...swept.flatMap((op) => probesOf(op, sweep)),
    ...api.operations.filter(isPublicRead).map((op) => publicProbeOf(op, sweep)),
  ]
  const answers = await inParallel(probes, (p) => send(request, p.url, p.op, p.token, p.call))
  const violations = probes.flatMap((probe, i) => verdict(probe, answers[i]))

  const after = await settledSnapshot(request, reads)
  const changed = differences(...withoutScheduledWork(before, after))
    .filter((label) => !RULES[label]?.changesOnItsOwn)
    .map(
      (label) =>
        `${label}: ${JSON.stringify(before.get(label)).substring(0, 300)} → ${JSON.stringify(after.get(label)).substring(0, 300)}`,
    )

  const perService = [...new Set(swept.map((op) => op.service))].map(
    (service) => `${service} ${swept.filter((op) => op.service === service).length}`,
  )
  const summary =
    `${swept.length} operations (${perService.join(', ')}) and ${api.operations.filter(isPublicRead).length} public ` +
    `reads, ${probes.length} requests, ${reads.length} reads compared, ${sweep.markers.size} marker strings, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s` +
    (absent.length ? `; taojiang-fp has no ${absent.join(', ')} yet: ids of nothing stand in` : '') +
    `; ${answers.filter((a) => a.stalled).length} left waiting on a kept-alive connection and sent again`
  test.info().annotations.push({ type: 'sweep', description: summary })
  console.log(`security sweep: ${summary}`)
  expect(violations, 'answers that read or changed something').toEqual([])
  expect(changed, "taojiang-fp's data after the sweep").toEqual([])
})

test('script tags in text the public and staff pages show are shown as text and never run', async ({
  page,
  request,
}) => {
  const office = await accountOf(request, 'tj0005')
  const stamp = Date.now()
  const title = `测评${stamp}<script>alert(1)</script><img src=x onerror=alert(2)>`
  const opinion = `意见${stamp}<script>alert(3)</script><img src=x onerror=alert(4)>`
  const survey = await ok<{ code: string }>(
    await request.post('/api/evaluation/surveys', {
      ...bearer(office.token),
      data: { targetType: 'ZONE', targetId: `xss-${stamp}`, title, quarter: currentQuarter() },
    }),
    'survey with script tags in its title',
  )
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const injectedImages = page.locator('img[src="x"]')

  await page.goto(`/public/evaluation/surveys/${survey.code}`)
  await expect(page.locator('[data-test=survey-title]')).toHaveText(title)
  await page.getByText('满意', { exact: true }).click()
  await page.getByPlaceholder('请写下您的意见或建议').fill(opinion)
  await page.getByRole('button', { name: '提交评议' }).click()
  await expect(page.getByText('已提交，感谢您的评议')).toBeVisible()
  await expect(injectedImages).toHaveCount(0)

  // What the public wrote reaches the office's screen: a script there would run with a staff session.
  await signIn(page, 'tj0005')
  await page.goto(`/app/office/surveys/${survey.code}`)
  await expect(page.locator('.el-page-header')).toContainText(title)
  await expect(page.locator('.opinions')).toContainText(opinion)
  await expect(injectedImages).toHaveCount(0)
  expect(dialogs, 'dialogs opened by injected scripts').toEqual([])
})
