/**
 * A measure's stated yearly energy (docs/climate.md): shown in MWh on its row, and changed in a
 * small form opened under it by a link (`?energi=<measure>`), one row at a time: a page of 50
 * measures then draws one form, not 50, and the link works without JavaScript too. Stored as
 * whole kWh, typed and shown in MWh with up to three decimals, so 12,345 MWh is exactly 12.345
 * kWh. Blank means "derived from the building".
 */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useEffect } from 'react'
import { Link, useFetcher, useSearchParams } from 'react-router'
import { thousandthsText } from '~/core/energy'
import { statedEnergySchema } from '~/features/scenarios/schemas'
import type { MeasureRowView } from '~/features/scenarios/types'
import { outcomeFor } from '~/ui/action-result'
import { FormErrors, TextField } from '~/ui/form'
import { withParam } from '~/ui/search-params'

const INTENT = 'stated'

/** "varme 60 MWh, el 2,5 MWh pr. år", or null when nothing is stated. @example statedText({ statedHeatKwh: 60000, statedElectricityKwh: null }) */
export function statedText(m: Pick<MeasureRowView, 'statedHeatKwh' | 'statedElectricityKwh'>): string | null {
  const parts = [
    m.statedHeatKwh === null ? null : `varme ${thousandthsText(m.statedHeatKwh)} MWh`,
    m.statedElectricityKwh === null ? null : `el ${thousandthsText(m.statedElectricityKwh)} MWh`,
  ].filter((p) => p !== null)
  return parts.length ? `${parts.join(', ')} pr. år` : null
}

function StatedForm({ m }: { m: MeasureRowView }) {
  const fetcher = useFetcher()
  const outcome = fetcher.state === 'idle' ? outcomeFor(fetcher.data, INTENT) : null
  const [form, fields] = useForm({
    id: `stated-${m.id}`,
    lastResult: outcome?.reply ?? undefined,
    defaultValue: { statedHeatKwh: thousandthsText(m.statedHeatKwh), statedElectricityKwh: thousandthsText(m.statedElectricityKwh) },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: statedEnergySchema }),
  })
  // Opened by its link: the keyboard goes on in the first field.
  const first = fields.statedHeatKwh.id
  useEffect(() => document.getElementById(first)?.focus(), [first])
  return (
    <fetcher.Form method="post" {...getFormProps(form)} noValidate className="stated-form">
      <input type="hidden" name="intent" value={INTENT} />
      <input type="hidden" name="measureId" value={m.id} />
      <FormErrors errors={outcome && !outcome.ok && outcome.message ? [outcome.message] : form.errors} />
      <TextField meta={fields.statedHeatKwh} label="Angivet varme (MWh pr. år)" inputMode="decimal" />
      <TextField meta={fields.statedElectricityKwh} label="Angivet el (MWh pr. år)" inputMode="decimal" />
      <p className="hint">Tom: beregnes ud fra ejendommens forbrug.</p>
      <button type="submit" className="secondary" disabled={fetcher.state !== 'idle'}>
        {fetcher.state !== 'idle' ? 'Gemmer …' : 'Gem energi'}
      </button>
      {outcome?.ok && (
        <span role="status" className="muted">
          {' '}
          Gemt.
        </span>
      )}
    </fetcher.Form>
  )
}

/** The stated amounts in words, and (unless read-only) the link that opens the form that changes them. */
export function StatedEnergy({ m, readOnly }: { m: MeasureRowView; readOnly: boolean }) {
  const [params] = useSearchParams()
  const text = statedText(m)
  const label = text ? `Angivet energi: ${text}` : 'Angiv energi'
  if (readOnly) return text ? <div className="muted">{label}</div> : null
  if (params.get('energi') !== String(m.id))
    return (
      <div className="stated-energy">
        <Link to={`${withParam(params, 'energi', m.id)}#tiltag-${m.id}`} preventScrollReset>
          {label}
        </Link>
      </div>
    )
  return (
    <div className="stated-energy open">
      <div className="muted">{text ? label : 'Ingen energi angivet'}</div>
      <StatedForm m={m} />
      <Link to={withParam(params, 'energi', null)} preventScrollReset>
        Luk
      </Link>
    </div>
  )
}
