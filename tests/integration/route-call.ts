/** Calling route modules directly, as React Router would: thrown responses are returned like returned ones. */
type Handler = (args: never) => Promise<unknown>

export const post = (path: string, body: FormData) => new Request(`http://localhost${path}`, { method: 'POST', body })
export const get = (path: string) => new Request(`http://localhost${path}`)

/** Form fields as a browser posts them. */
export function form(fields: Record<string, string>): FormData {
  const fd = new FormData()
  for (const [k, v] of Object.entries(fields)) fd.set(k, v)
  return fd
}

export async function call(
  fn: unknown,
  args: { request: Request; params?: Record<string, string> },
): Promise<{ status: number; headers?: Headers; body: any }> {
  try {
    return await unwrap(await (fn as Handler)({ params: {}, context: {}, ...args } as never))
  } catch (thrown) {
    return unwrap(thrown)
  }
}

async function unwrap(value: unknown): Promise<{ status: number; headers?: Headers; body: any }> {
  if (value instanceof Response) {
    const type = value.headers.get('Content-Type') ?? ''
    const body =
      type.includes('json') && !type.includes('ndjson')
        ? await value.json()
        : type.includes('text') || type.includes('ndjson')
          ? await value.text()
          : new Uint8Array(await value.arrayBuffer())
    return { status: value.status, headers: value.headers, body }
  }
  if (value && typeof value === 'object' && 'type' in value && (value as { type: string }).type === 'DataWithResponseInit') {
    const d = value as unknown as { data: unknown; init: { status?: number } | null }
    return { status: d.init?.status ?? 200, body: d.data }
  }
  if (value instanceof Error) throw value
  return { status: 200, body: value }
}
