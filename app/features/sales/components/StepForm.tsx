/**
 * Record the next step of a sale. The fields follow the chosen step: an offering needs its
 * deadline, a sale its price and takeover date, and so on. The server's sale-path rules decide;
 * their messages appear beside the fields.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from 'react-router'
import type { SaleStatus } from '#db/schema'
import { SALE_STEP_LABELS } from '~/core/sale-path'
import { bidFields, labelOf, saleFields } from '~/features/sales/fields'
import { CONFIRM_DATE_LABEL, stepSchema } from '~/features/sales/schemas'
import { amountText, dateText } from '~/ui/form-values'
import { CheckboxField, FormErrors, SelectField, TextAreaField, TextField } from '~/ui/form'

const DATE_LABEL: Record<SaleStatus, string> = {
  designated: 'Dato for byrådets beslutning',
  offered: 'Udbudt den',
  bid_received: 'Bud modtaget den',
  conditionally_sold: 'Betinget aftale indgået den',
  sold: 'Endelig handel den',
  withdrawn: 'Trukket tilbage den',
}

const HINT: Record<SaleStatus, string> = {
  designated: 'Byrådet har (igen) besluttet at sælge ejendommen.',
  offered: 'Ejendommen er annonceret offentligt med en frist for bud (kommunestyrelseslovens § 68).',
  bid_received: 'Registrér det første bud her; flere bud kan tilføjes bagefter.',
  conditionally_sold: 'Et bud er accepteret med forbehold (fx lokalplan, finansiering).',
  sold: 'Handlen er endelig. Fra overtagelsesdagen spares driften, og lejeindtægter bortfalder.',
  withdrawn: 'Salget stoppes; ejendommen går tilbage til drift.',
}

export interface StepFormProps {
  version: number
  nextSteps: readonly SaleStatus[]
  current: { buyer: string; realisedPriceOre: number | null; takeoverDate: string | null }
  today: string
  lastResult?: SubmissionResult<string[]> | null
}

type Meta = Parameters<typeof TextField>[0]['meta']
type StepMetas = Record<'councilReference' | 'offeringDeadline' | 'bidder' | 'bidAmountOre' | 'buyer' | 'priceOre' | 'takeoverDate', Meta>

/** The fields the chosen step needs: the council's decision, a deadline, a bid, or the buyer, price and takeover. */
function StepFields({ status, fields }: { status: SaleStatus; fields: StepMetas }) {
  return (
    <>
      {status === 'designated' && (
        <TextField
          meta={fields.councilReference}
          label={labelOf(saleFields, 'councilReference')}
          placeholder="fx Byrådet 03.07.2023, pkt. 12"
        />
      )}
      {status === 'offered' && (
        <TextField meta={fields.offeringDeadline} label={labelOf(saleFields, 'offeringDeadline')} placeholder="dd.mm.åååå" />
      )}
      {status === 'bid_received' && (
        <>
          <TextField meta={fields.bidder} label={labelOf(bidFields, 'bidder')} />
          <TextField meta={fields.bidAmountOre} label="Buddets beløb (kr.)" inputMode="decimal" />
        </>
      )}
      {(status === 'conditionally_sold' || status === 'sold') && (
        <>
          <TextField meta={fields.buyer} label={labelOf(saleFields, 'buyer')} />
          <TextField
            meta={fields.priceOre}
            label={status === 'sold' ? 'Realiseret salgspris (kr.)' : 'Aftalt pris (kr.)'}
            inputMode="decimal"
          />
          <TextField
            meta={fields.takeoverDate}
            label={status === 'sold' ? labelOf(saleFields, 'takeoverDate') : 'Forventet overtagelsesdag'}
            placeholder="dd.mm.åååå"
          />
        </>
      )}
    </>
  )
}

export function StepForm({ version, nextSteps, current, today, lastResult }: StepFormProps) {
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'step-form',
    lastResult,
    defaultValue: {
      status: nextSteps[0],
      date: dateText(today),
      buyer: current.buyer,
      priceOre: amountText(current.realisedPriceOre),
      takeoverDate: dateText(current.takeoverDate),
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: stepSchema }),
  })
  const status = (nextSteps.find((s) => s === fields.status.value) ?? nextSteps[0])!
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'step'
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="step" />
      <input type="hidden" name="version" value={version} />
      <div className="form-grid">
        <SelectField
          meta={fields.status}
          label="Næste trin"
          options={nextSteps.map((s) => ({ value: s, label: SALE_STEP_LABELS[s] }))}
          hint={HINT[status]}
        />
        <TextField meta={fields.date} label={DATE_LABEL[status]} placeholder="dd.mm.åååå" />
        <StepFields status={status} fields={fields} />
        <TextAreaField meta={fields.note} label={status === 'withdrawn' ? 'Begrundelse' : labelOf(saleFields, 'note')} />
        {(fields.acceptWarnings.errors?.length ?? 0) > 0 && <CheckboxField meta={fields.acceptWarnings} label={CONFIRM_DATE_LABEL} />}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Gemmer …' : 'Registrér trin'}
        </button>
      </div>
    </Form>
  )
}
