/** Audit snapshots as readable text, shared by the history tab and the audit page. */

const SKIP = new Set(['version', 'updatedAt', 'createdAt'])

function text(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–'
  return typeof v === 'string' ? v : JSON.stringify(v)
}

/** The fields that differ, formatted. @example changedFieldsClient('{"a":1}', '{"a":2}') // [{ field: 'a', before: '1', after: '2' }] */
export function changedFieldsClient(
  beforeJson: string | null,
  afterJson: string | null,
): { field: string; before: string; after: string }[] {
  const before = (beforeJson ? JSON.parse(beforeJson) : {}) as Record<string, unknown>
  const after = (afterJson ? JSON.parse(afterJson) : {}) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !SKIP.has(k))
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((field) => ({ field, before: text(before[field]), after: text(after[field]) }))
}
