/**
 * The relocation form with its instant capacity check: every change asks /flytninger/tjek (the
 * same check the action runs) and the check beside the form updates.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useEffect, useRef } from 'react'
import { Form, useFetcher } from 'react-router'
import { formatOre } from '~/core/money'
import { relocationSchema, type RelocationInput } from '~/features/relocations/schemas/relocation'
import type { RelocationCheck } from '~/features/relocations/relocation-plan.server'
import { formatFte, fteText, relocationStatusLabels } from '~/core/relocation-labels'
import { CheckboxField, type FormShape, RecordFields, SelectField, TextAreaField, TextField } from '~/ui/form'
import { CapacityCheck } from './CapacityCheck'

interface Site {
  propertyId: number
  propertyName: string
  headcount: number
}

export interface RelocationFormData {
  properties: { id: number; name: string }[]
  units: { id: number; name: string }[]
  rotations: { id: number; name: string }[]
  sites: Record<string, Site[]>
  ratePerPersonOre: number
}

const CHECKED = ['unitId', 'fromPropertyId', 'toPropertyId', 'date', 'headcount', 'status'] as const

export function RelocationForm({
  lastResult,
  defaultValue,
  version,
  relocationId,
  submitLabel,
  options,
  initialCheck,
  disabled = false,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<FormShape<RelocationInput>>
  version?: number
  relocationId?: number
  submitLabel: string
  options: RelocationFormData
  initialCheck: RelocationCheck | null
  /** Read-only for users who may not plan relocations. */
  disabled?: boolean
}) {
  const fetcher = useFetcher<{ check: RelocationCheck | null }>()
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const [form, fields] = useForm({
    id: 'relocation-form',
    lastResult,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: relocationSchema }),
  })
  const check = fetcher.data ? fetcher.data.check : initialCheck
  const sites = options.sites[String(fields.unitId.value ?? '')] ?? []
  const showConfirm = (check?.warnings.length ?? 0) > 0 || (fields.acceptWarnings.errors?.length ?? 0) > 0

  /** Ask for the check of what the form holds now (debounced while typing). */
  const recheck = (formElement: HTMLFormElement) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const data = new FormData(formElement)
      const params = new URLSearchParams()
      for (const key of CHECKED) params.set(key, String(data.get(key) ?? ''))
      if (relocationId) params.set('id', String(relocationId))
      fetcher.load(`/flytninger/tjek?${params}`)
    }, 250)
  }
  useEffect(() => () => clearTimeout(timer.current), [])

  /** Choosing a unit fills in where it sits and how many it has there. */
  const onUnitChange = (unitId: string) => {
    const first = options.sites[unitId]?.[0]
    if (!first) return
    if (!fields.fromPropertyId.value) form.update({ name: fields.fromPropertyId.name, value: String(first.propertyId) })
    if (!fields.headcount.value) form.update({ name: fields.headcount.name, value: fteText(first.headcount) })
  }

  const toOptions = (list: { id: number; name: string }[]) => list.map((o) => ({ value: String(o.id), label: o.name }))
  return (
    <div className="two-col">
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="card"
        onChange={(e) => {
          const target = e.target as HTMLInputElement
          if (target.name === fields.unitId.name) onUnitChange(target.value)
          recheck(e.currentTarget)
        }}
      >
        <RecordFields errors={form.errors} version={version} disabled={disabled} submitLabel={submitLabel}>
          <SelectField meta={fields.unitId} label="Enhed" options={toOptions(options.units)} wide />
          <SelectField
            meta={fields.fromPropertyId}
            label="Flytter fra"
            options={toOptions(options.properties)}
            hint={sites.length ? `Sidder nu i ${sites.map((s) => `${s.propertyName} (${formatFte(s.headcount)})`).join(', ')}` : undefined}
          />
          <SelectField meta={fields.toPropertyId} label="Flytter til" options={toOptions(options.properties)} />
          <TextField meta={fields.date} label="Flyttedato" placeholder="dd.mm.åååå" />
          <TextField meta={fields.headcount} label="Årsværk der flytter" inputMode="decimal" hint="Hele enheden eller en del af den" />
          <SelectField
            meta={fields.status}
            label="Status"
            options={(['idea', 'planned', 'decided'] as const).map((s) => ({ value: s, label: relocationStatusLabels[s] }))}
          />
          <SelectField meta={fields.rotationId} label="Rokade" options={toOptions(options.rotations)} hint="Flytninger, der hører sammen" />
          <TextField
            meta={fields.movingCostOre}
            label="Flytteudgift (kr.)"
            inputMode="decimal"
            hint={`Tom: ${formatOre(options.ratePerPersonOre)} pr. årsværk (den vedtagne plans sats)`}
          />
          <TextField meta={fields.refurbishmentOre} label="Istandsættelse (kr.)" inputMode="decimal" />
          <TextField
            meta={fields.addedAnnualOperatingOre}
            label="Merudgift til drift pr. år i den modtagende ejendom (kr.)"
            inputMode="decimal"
          />
          <TextAreaField meta={fields.note} label="Note" />
          {showConfirm && <CheckboxField meta={fields.acceptWarnings} label="Gem trods advarsler" />}
        </RecordFields>
      </Form>
      <CapacityCheck check={check} pending={fetcher.state === 'loading'} />
    </div>
  )
}
