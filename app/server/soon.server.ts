/**
 * Data that is usually ready at once but now and then takes seconds (a figure computed in the
 * worker after a change): wait a moment for it, and hand React Router the promise to stream only
 * when it is not ready by then. A warm page then renders whole, without a flash of its fallback;
 * a cold one answers with its shell at once and the figures follow in the same response.
 */

/**
 * `{ data }`: the value when it settles within `ms`, else the promise itself (for `<Await>`,
 * which takes either). A failure within `ms` is thrown here, as from any loader. (The answer is
 * wrapped because an async function cannot return a promise unresolved.)
 * @example const { data: page } = await soonOrStreamed(compute.capacity.page(q)); return { page }
 */
export async function soonOrStreamed<T>(work: Promise<T>, ms = 150): Promise<{ data: T | Promise<T> }> {
  let timer: NodeJS.Timeout | undefined
  const late = Symbol('late')
  const waited = new Promise<typeof late>((resolve) => (timer = setTimeout(resolve, ms, late)))
  const first = await Promise.race([work, waited]).finally(() => clearTimeout(timer))
  if (first !== late) return { data: first as T }
  // Streamed: a failure then shows in the page's errorElement, not as an unhandled rejection.
  work.catch(() => undefined)
  return { data: work }
}
