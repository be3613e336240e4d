/** The scenario's assumptions; saving recomputes the figures in place (fetcher, no reload). */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useFetcher } from 'react-router'
import { outcomeFor } from '~/ui/action-result'
import { FormErrors, RegistryFields } from '~/ui/form'
import { scenarioFields } from '~/features/scenarios/fields'
import { assumptionsSchema } from '~/features/scenarios/schemas'
import type { AssumptionsText } from '~/features/scenarios/types'

const INTENT = 'assumptions'

export function AssumptionsForm({ defaultValue, version }: { defaultValue: AssumptionsText; version: number }) {
  const fetcher = useFetcher()
  const [form, fields] = useForm({
    id: `assumptions-${version}`,
    lastResult: fetcher.state === 'idle' ? (outcomeFor(fetcher.data, INTENT)?.reply ?? null) : undefined,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: assumptionsSchema }),
  })
  return (
    <fetcher.Form method="post" {...getFormProps(form)} noValidate aria-label="Forudsætninger">
      <input type="hidden" name="intent" value={INTENT} />
      <input type="hidden" name="version" value={version} />
      <FormErrors errors={form.errors} />
      <div className="form-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' }}>
        <RegistryFields fields={scenarioFields} metas={fields} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={fetcher.state !== 'idle'}>
          {fetcher.state !== 'idle' ? 'Beregner …' : 'Gem og beregn'}
        </button>
      </div>
    </fetcher.Form>
  )
}
