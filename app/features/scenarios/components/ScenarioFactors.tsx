/** The scenario's own emission factors, each beside the municipality's, and a small form to set one. */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, Link, useActionData } from 'react-router'
import { formatNumberDa, Money } from '~/core/money'
import { CARRIER_LABELS } from '~/core/savings'
import { CARRIER_OPTIONS } from '~/features/climate/fields'
import { scenarioFactorSchema } from '~/features/climate/schemas'
import type { ScenarioFactorRow } from '~/features/climate/types'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { FormErrors, SelectField, TextField } from '~/ui/form'

const kg = (grams: number) => {
  const value = new Money(grams).div(1000)
  return `${formatNumberDa(value, value.decimalPlaces())}\u00a0kg/MWh`
}

function OwnFactor({ f, canEdit }: { f: ScenarioFactorRow; canEdit: boolean }) {
  const municipal = f.municipalGPerMwh === null ? 'kommunen har ingen faktor for året' : `kommunens: ${kg(f.municipalGPerMwh)}`
  return (
    <li data-testid={`own-factor-${f.carrier}-${f.year}`}>
      {CARRIER_LABELS[f.carrier]} {f.year}: <strong>{kg(f.co2eGramsPerMwh)}</strong>{' '}
      <span className="badge">afviger fra kommunens faktor</span> <span className="muted">({municipal})</span>
      {canEdit && (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="remove-factor" />
          <input type="hidden" name="factorId" value={f.id} />
          <button type="submit" className="link-button" aria-label={`Fjern scenariets faktor for ${CARRIER_LABELS[f.carrier]} ${f.year}`}>
            Fjern
          </button>
        </Form>
      )}
    </li>
  )
}

function FactorForm({ firstYear }: { firstYear: number }) {
  const actionData = useActionData()
  const [form, fields] = useForm({
    id: 'scenario-factor',
    lastResult: outcomeFor(actionData, 'factor')?.reply ?? null,
    defaultValue: { year: String(firstYear) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: scenarioFactorSchema }),
    shouldValidate: 'onBlur',
  })
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="factor" />
      <FormErrors errors={form.errors} />
      <div className="form-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))' }}>
        <SelectField meta={fields.carrier} label="Energiform" options={CARRIER_OPTIONS} />
        <TextField meta={fields.year} label="År" inputMode="numeric" />
        <TextField meta={fields.kgPerMwh} label="kg CO2e pr. MWh" inputMode="decimal" />
      </div>
      <div className="form-actions">
        <button type="submit" className="secondary">
          Gem scenariets faktor
        </button>
      </div>
    </Form>
  )
}

export function ScenarioFactors({ factors, canEdit, firstYear }: { factors: ScenarioFactorRow[]; canEdit: boolean; firstYear: number }) {
  const refusal = refusalFor(useActionData(), 'remove-factor')
  return (
    <section aria-labelledby="scenario-factors" data-testid="scenario-factors">
      <h3 id="scenario-factors">Emissionsfaktorer</h3>
      {factors.length === 0 ? (
        <p className="muted">
          Scenariet bruger kommunens <Link to={href('/indstillinger/emissionsfaktorer')}>emissionsfaktorer</Link>.
        </p>
      ) : (
        <ul>
          {factors.map((f) => (
            <OwnFactor key={f.id} f={f} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {refusal && (
        <div className="alert error" role="alert">
          {refusal}
        </div>
      )}
      {canEdit && <FactorForm firstYear={firstYear} />}
    </section>
  )
}
