/** Add a measure (lease termination, sale, closure or relocation) to a scenario. */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useEffect, useState } from 'react'
import { useFetcher } from 'react-router'
import { outcomeFor } from '~/ui/action-result'
import { FormErrors, SelectField, TextField } from '~/ui/form'
import { fieldLabel, measureFields } from '~/features/scenarios/fields'
import { measureKindLabels, measureStatusLabels } from '~/features/scenarios/labels'
import { measureSchema } from '~/features/scenarios/schemas'
import { ComboboxField } from '~/ui/Combobox'

const INTENT = 'add-measure'

/** The stated amounts replace what the climate rules derive from the buildings' consumption. */
const STATED_HINT = 'Sparet forbrug ved salg, lukning og opsigelse; tilført ved flytning. Tom: beregnes ud fra ejendommens forbrug.'

type Metas = Record<string, Parameters<typeof TextField>[0]['meta']>

/** The fields of one kind of measure: what it concerns, its date, and its amounts. */
function KindFields({ kind, f }: { kind: keyof typeof measureKindLabels; f: Metas }) {
  return (
    <>
      {kind === 'lease_termination' && (
        <>
          <ComboboxField meta={f.leaseId!} label={fieldLabel(measureFields, 'leaseId')} kind="tenant_lease" valueLabel="" wide />
          <TextField meta={f.effectDate!} label="Opsigelsesdato" placeholder="dd.mm.åååå" />
          <TextField
            meta={f.endDateOverride!}
            label={`${fieldLabel(measureFields, 'endDateOverride')} (valgfri)`}
            placeholder="dd.mm.åååå"
          />
        </>
      )}
      {(kind === 'sale' || kind === 'closure') && (
        <ComboboxField meta={f.propertyId!} label={fieldLabel(measureFields, 'propertyId')} kind="property" valueLabel="" wide />
      )}
      {kind === 'sale' && (
        <>
          <TextField meta={f.effectDate!} label="Overtagelsesdag" placeholder="dd.mm.åååå" />
          <TextField meta={f.priceOre!} label={fieldLabel(measureFields, 'priceOre')} inputMode="decimal" />
          <TextField meta={f.saleCostsOre!} label={fieldLabel(measureFields, 'saleCostsOre')} inputMode="decimal" />
        </>
      )}
      {kind === 'closure' && (
        <>
          <TextField meta={f.effectDate!} label="Lukkedato" placeholder="dd.mm.åååå" />
          <TextField
            meta={f.operatingCostShare!}
            label={`${fieldLabel(measureFields, 'operatingCostShare')} (%)`}
            inputMode="decimal"
            placeholder="fx 100"
          />
        </>
      )}
      {kind === 'relocation' && (
        <>
          <ComboboxField meta={f.unitId!} label={fieldLabel(measureFields, 'unitId')} kind="unit" valueLabel="" />
          <ComboboxField meta={f.propertyId!} label="Fra ejendom" kind="property" valueLabel="" />
          <ComboboxField meta={f.toPropertyId!} label={fieldLabel(measureFields, 'toPropertyId')} kind="property" valueLabel="" />
          <TextField meta={f.effectDate!} label="Flyttedato" placeholder="dd.mm.åååå" />
          <TextField meta={f.headcount!} label={fieldLabel(measureFields, 'headcount')} inputMode="decimal" />
          <TextField meta={f.refurbishmentOre!} label={fieldLabel(measureFields, 'refurbishmentOre')} inputMode="decimal" />
          <TextField meta={f.addedAnnualOperatingOre!} label={fieldLabel(measureFields, 'addedAnnualOperatingOre')} inputMode="decimal" />
        </>
      )}
    </>
  )
}

/** @example <AddMeasureForm /> */
export function AddMeasureForm() {
  const fetcher = useFetcher()
  const [kind, setKind] = useState<keyof typeof measureKindLabels>('lease_termination')
  // Each measure added gives a fresh, empty form.
  const [added, setAdded] = useState(0)
  useEffect(() => {
    if (outcomeFor(fetcher.data, INTENT)?.ok) {
      setAdded((n) => n + 1)
      setKind('lease_termination')
    }
  }, [fetcher.data])
  const [form, fields] = useForm({
    id: `add-measure-${added}`,
    lastResult: fetcher.state === 'idle' ? (outcomeFor(fetcher.data, INTENT)?.reply ?? null) : undefined,
    defaultValue: { kind, status: 'proposal' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: measureSchema }),
  })
  const f = fields as unknown as Metas
  return (
    <fetcher.Form method="post" {...getFormProps(form)} noValidate>
      <input type="hidden" name="intent" value={INTENT} />
      <FormErrors errors={form.errors} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="measure-kind">{fieldLabel(measureFields, 'kind')}</label>
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
          label={fieldLabel(measureFields, 'status')}
          options={Object.entries(measureStatusLabels).map(([value, label]) => ({ value, label }))}
        />
        <TextField meta={f.label!} label={fieldLabel(measureFields, 'label')} />
        <KindFields kind={kind} f={f} />
        <TextField meta={f.statedHeatKwh!} label="Angivet varme, MWh pr. år (valgfri)" inputMode="decimal" hint={STATED_HINT} />
        <TextField meta={f.statedElectricityKwh!} label="Angivet el, MWh pr. år (valgfri)" inputMode="decimal" />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={fetcher.state !== 'idle'}>
          {fetcher.state !== 'idle' ? 'Tilføjer …' : 'Tilføj tiltag'}
        </button>
      </div>
    </fetcher.Form>
  )
}
