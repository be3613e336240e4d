/** Add a measure (lease termination, sale, closure or relocation) to a scenario. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useEffect, useState } from 'react'
import { useFetcher } from 'react-router'
import { FormErrors, SelectField, TextField } from '~/ui/form'
import { measureKindLabels, measureSchema, measureStatusLabels } from '~/features/scenarios/schemas'

export interface MeasureOptions {
  leases: { id: number; label: string }[]
  properties: { id: number; label: string }[]
  units: { id: number; label: string }[]
}

const opts = (rows: { id: number; label: string }[]) => rows.map((r) => ({ value: String(r.id), label: r.label }))

export function AddMeasureForm({ options }: { options: MeasureOptions }) {
  const fetcher = useFetcher<{ result?: SubmissionResult<string[]>; added?: number }>()
  const [kind, setKind] = useState<keyof typeof measureKindLabels>('lease_termination')
  const [form, fields] = useForm({
    id: `add-measure-${fetcher.data?.added ?? 0}`,
    lastResult: fetcher.state === 'idle' ? fetcher.data?.result : undefined,
    defaultValue: { kind, status: 'proposal' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: measureSchema }),
  })
  useEffect(() => {
    if (fetcher.data?.added) setKind('lease_termination')
  }, [fetcher.data?.added])
  const f = fields as unknown as Record<string, Parameters<typeof TextField>[0]['meta']>
  return (
    <fetcher.Form method="post" {...getFormProps(form)} noValidate>
      <input type="hidden" name="intent" value="add-measure" />
      <FormErrors errors={form.errors} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="measure-kind">Type</label>
          <select id="measure-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {Object.entries(measureKindLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <SelectField
          meta={f.status!}
          label="Status"
          options={Object.entries(measureStatusLabels).map(([value, label]) => ({ value, label }))}
        />
        <TextField meta={f.label!} label="Betegnelse" />
        {kind === 'lease_termination' && (
          <>
            <SelectField meta={f.leaseId!} label="Lejemål" options={opts(options.leases)} wide />
            <TextField meta={f.effectDate!} label="Opsigelsesdato" placeholder="dd.mm.åååå" />
            <TextField meta={f.endDateOverride!} label="Aftalt ophørsdato (valgfri)" placeholder="dd.mm.åååå" />
          </>
        )}
        {(kind === 'sale' || kind === 'closure') && (
          <SelectField meta={f.propertyId!} label="Ejendom" options={opts(options.properties)} wide />
        )}
        {kind === 'sale' && (
          <>
            <TextField meta={f.effectDate!} label="Overtagelsesdag" placeholder="dd.mm.åååå" />
            <TextField meta={f.priceOre!} label="Pris (kr.)" inputMode="decimal" />
            <TextField meta={f.saleCostsOre!} label="Salgsomkostninger (kr.)" inputMode="decimal" />
          </>
        )}
        {kind === 'closure' && (
          <>
            <TextField meta={f.effectDate!} label="Lukkedato" placeholder="dd.mm.åååå" />
            <TextField meta={f.operatingCostShare!} label="Andel af driften der spares (%)" inputMode="decimal" placeholder="fx 100" />
          </>
        )}
        {kind === 'relocation' && (
          <>
            <SelectField meta={f.unitId!} label="Enhed" options={opts(options.units)} />
            <SelectField meta={f.propertyId!} label="Fra ejendom" options={opts(options.properties)} />
            <SelectField meta={f.toPropertyId!} label="Til ejendom" options={opts(options.properties)} />
            <TextField meta={f.effectDate!} label="Flyttedato" placeholder="dd.mm.åååå" />
            <TextField meta={f.headcount!} label="Antal årsværk" inputMode="decimal" />
            <TextField meta={f.refurbishmentOre!} label="Istandsættelse (kr.)" inputMode="decimal" />
            <TextField meta={f.addedAnnualOperatingOre!} label="Merudgift til drift pr. år (kr.)" inputMode="decimal" />
          </>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={fetcher.state !== 'idle'}>
          {fetcher.state !== 'idle' ? 'Tilføjer …' : 'Tilføj tiltag'}
        </button>
      </div>
    </fetcher.Form>
  )
}
