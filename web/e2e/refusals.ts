import { expect, test as base, type BrowserContext, type Response } from '@playwright/test'

const CODE = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/
const CHINESE = /[\u4e00-\u9fff]/

const seen: Promise<string | null>[] = []

/** What a refused API call answered the screens, or null when it is a coded refusal in Chinese. */
async function verdict(response: Response): Promise<string | null> {
  const url = new URL(response.url())
  const where = `${response.request().method()} ${url.pathname} → ${response.status()}`
  let text: string
  try {
    text = await response.text()
  } catch {
    return null // the page moved on before the body was read; nothing was shown from it
  }
  try {
    const problem = JSON.parse(text) as { code?: unknown; title?: unknown; detail?: unknown }
    if (
      typeof problem.code === 'string' &&
      CODE.test(problem.code) &&
      [problem.title, problem.detail].every((said) => typeof said === 'string' && CHINESE.test(said))
    ) {
      return null
    }
  } catch {
    // not JSON at all: reported below
  }
  return `${where}: ${text.substring(0, 200)}`
}

/**
 * Watches every API call the screens of {@code context} make: each refusal must be problem+json with a stable code
 * and a Chinese title and detail, since the screens show the server's detail as it is.
 */
export function watchRefusals(context: BrowserContext) {
  context.on('response', (response) => {
    const call = ['fetch', 'xhr'].includes(response.request().resourceType())
    if (call && response.status() >= 400) seen.push(verdict(response))
  })
}

/** Playwright's test, with every browser context's refusals checked when the test ends. */
export const test = base.extend<{ refusalsInChinese: void }>({
  refusalsInChinese: [
    async ({ context }, use) => {
      watchRefusals(context)
      await use()
      const found = (await Promise.all(seen.splice(0))).filter((f): f is string => f !== null)
      expect(found, 'refusals the screens received that are not coded and in Chinese').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
