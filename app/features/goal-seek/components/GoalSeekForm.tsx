/** The search: target year, what may be used, limits, what to weigh, and how long the solver may think. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from 'react-router'
import { formatOre } from '~/core/money'
import { CheckboxField, FormErrors, SelectField, TextField } from '~/ui/form'
import { goalSeekSchema, objectiveLabels, timeLimitLabels, type GoalSeekPageData } from '~/features/goal-seek/schemas'

const ALLOW = [
  ['allowSales', 'Sælge ejede ejendomme'],
  ['allowTerminations', 'Opsige lejemål (§ 64)'],
  ['allowClosures', 'Lukke bygninger helt'],
  ['allowPartialClosures', 'Lukke bygninger delvist (halvdelen)'],
  ['allowMoves', 'Flytte enheder'],
] as const

function actionChoices(properties: GoalSeekPageData['properties']) {
  return properties
    .filter((p) => !p.decided && !p.inScenario)
    .flatMap((p) =>
      p.ownership === 'owned'
        ? [
            { value: `sale:${p.id}`, label: `Salg: ${p.name}` },
            { value: `closure:${p.id}`, label: `Lukning: ${p.name}` },
          ]
        : [{ value: `termination:${p.id}`, label: `Opsigelse: ${p.name}` }],
    )
}

function MultiSelect({
  name,
  label,
  hint,
  options,
  defaultValue,
  errors,
}: {
  name: string
  label: string
  hint: string
  options: { value: string; label: string }[]
  defaultValue: string[]
  errors?: string[]
}) {
  return (
    <div className="field wide">
      <label htmlFor={`goal-seek-${name}`}>{label}</label>
      <select
        id={`goal-seek-${name}`}
        name={name}
        multiple
        size={8}
        defaultValue={defaultValue}
        aria-describedby={`goal-seek-${name}-hint`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <div className="hint" id={`goal-seek-${name}-hint`}>
        {hint}
      </div>
      {errors?.length ? (
        <div className="error" role="alert">
          {errors.join(' ')}
        </div>
      ) : null}
    </div>
  )
}

export function GoalSeekForm({ page, lastResult }: { page: GoalSeekPageData; lastResult: SubmissionResult<string[]> | null }) {
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'goal-seek',
    lastResult,
    defaultValue: {
      targetYear: String(page.defaults.targetYear),
      objective: 'least_one_off_cost',
      timeLimitSeconds: '30',
      ...Object.fromEntries(ALLOW.map(([name]) => [name, 'on'])),
    },
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: goalSeekSchema }),
  })
  const years = Array.from({ length: page.scenario.lastYear - page.scenario.firstYear + 1 }, (_, i) => page.scenario.firstYear + i)
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="search" />
      <p>Mål: {formatOre(page.scenario.targetAnnualOre)} om året i driftsbesparelse (scenariets forudsætning).</p>
      <div className="form-grid">
        <SelectField
          meta={fields.targetYear}
          label="Målet skal nås i"
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          meta={fields.objective}
          label="Vælg det alternativ med"
          options={Object.entries(objectiveLabels).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          meta={fields.maxOneOffCostOre}
          label="Højst engangsudgift (kr.)"
          inputMode="decimal"
          hint="Flytning, istandsættelse og salgsomkostninger. Tom: ingen grænse."
        />
        <SelectField
          meta={fields.timeLimitSeconds}
          label="Tidsgrænse"
          options={Object.entries(timeLimitLabels).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <fieldset>
        <legend>Det må planlæggeren bruge</legend>
        {ALLOW.map(([name, label]) => (
          <CheckboxField key={name} meta={fields[name]} label={label} />
        ))}
      </fieldset>
      <div className="form-grid">
        <MultiSelect
          name="keepPropertyIds"
          label="Bygninger der skal blive"
          hint="Hold Ctrl (⌘ på Mac) nede for at vælge flere. Skoler, dagtilbud, pleje, kultur, idræt og boliger er valgt på forhånd."
          options={page.properties.filter((p) => !p.decided && !p.inScenario).map((p) => ({ value: String(p.id), label: p.name }))}
          defaultValue={page.defaults.keepPropertyIds.map(String)}
          errors={fields.keepPropertyIds.errors}
        />
        <MultiSelect
          name="requiredActions"
          label="Tiltag der skal med"
          hint="Tiltag, som hvert alternativ skal indeholde ud over scenariets egne."
          options={actionChoices(page.properties)}
          defaultValue={[]}
          errors={fields.requiredActions.errors}
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={navigation.state === 'submitting'}>
          Find vej til målet
        </button>
      </div>
    </Form>
  )
}
