/** The search: target year, what may be used, limits, what to weigh, and how long the solver may think. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { CheckboxField, FormErrors, SelectField, TextField } from '~/ui/form'
import { goalSeekSchema, objectiveLabels, timeLimitLabels, type GoalSeekPageData } from '~/features/goal-seek/schemas'
import { PickedProperties, RequiredActions } from './PropertyPicks'

const ALLOW = [
  ['allowSales', 'Sælge ejede ejendomme'],
  ['allowTerminations', 'Opsige lejemål (§ 64)'],
  ['allowClosures', 'Lukke bygninger helt'],
  ['allowPartialClosures', 'Lukke bygninger delvist (halvdelen)'],
  ['allowMoves', 'Flytte enheder'],
] as const

export function GoalSeekForm({ page, lastResult }: { page: GoalSeekPageData; lastResult: SubmissionResult<string[]> | null }) {
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'goal-seek',
    lastResult,
    defaultValue: {
      targetYear: String(page.defaults.targetYear),
      objective: 'least_one_off_cost',
      timeLimitSeconds: '30',
      keepByUse: 'on',
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
          hint={
            page.countsFrom.demo
              ? `Opsigelser og salg regnes fra demodataenes dato ${formatDanishDate(page.countsFrom.date)}.`
              : `Opsigelser og salg regnes fra i dag, ${formatDanishDate(page.countsFrom.date)}.`
          }
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
      <fieldset>
        <legend>Bygninger der skal blive</legend>
        <CheckboxField meta={fields.keepByUse} label="Behold skoler, dagtilbud, pleje, kultur, idræt og boliger" />
        <PickedProperties
          name="keepPropertyIds"
          label="Andre bygninger der skal blive"
          hint="Skriv bygningens navn, adresse eller by, og vælg den. Bygninger, der allerede er solgt, sat til salg eller har et opsagt lejemål, bliver under alle omstændigheder."
          errors={fields.keepPropertyIds.errors}
        />
      </fieldset>
      <RequiredActions errors={fields.requiredActions.errors} />
      <div className="form-actions">
        <button type="submit" disabled={navigation.state === 'submitting'}>
          Find vej til målet
        </button>
      </div>
    </Form>
  )
}
