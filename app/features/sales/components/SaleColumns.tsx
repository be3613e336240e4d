/**
 * The two columns of a sale's page: its progress (the next step, the effect on the budget, the
 * steps so far) and its figures (key facts, bids, valuation and costs). Readers see the sale;
 * only those who may edit the register get the forms.
 */
import type { SubmissionResult } from '@conform-to/react'
import type { SalePage } from '~/features/sales/types'
import { BidsCard } from './BidsCard'
import { SaleDetailsForm } from './SaleDetailsForm'
import { SaleEffectTable } from './SaleEffectTable'
import { SaleFacts } from './SaleFacts'
import { SaleHistory } from './SaleHistory'
import { StepForm } from './StepForm'

type Reply = SubmissionResult<string[]> | null

export function SaleProgress({ page, canEdit, stepReply }: { page: SalePage; canEdit: boolean; stepReply: Reply }) {
  const { sale, nextSteps, effect, steps, today } = page
  return (
    <div>
      {canEdit && nextSteps.length > 0 && (
        <div className="card no-print">
          <h2>Registrér næste trin</h2>
          <StepForm key={sale.version} version={sale.version} nextSteps={nextSteps} current={sale} today={today} lastResult={stepReply} />
        </div>
      )}
      {nextSteps.length === 0 && <div className="alert info">Salget er gennemført; der kan ikke registreres flere trin.</div>}
      {effect && (
        <div className="card">
          <h2>Effekt på budgettet</h2>
          <SaleEffectTable effect={effect} />
        </div>
      )}
      <div className="card">
        <h2>Historik</h2>
        <SaleHistory steps={steps} />
      </div>
    </div>
  )
}

export function SaleFigures({
  page,
  canEdit,
  bidReply,
  detailsReply,
}: {
  page: SalePage
  canEdit: boolean
  bidReply: Reply
  detailsReply: Reply
}) {
  const { sale, bids, today } = page
  return (
    <div>
      <div className="card">
        <h2>Nøgletal</h2>
        <SaleFacts sale={sale} />
      </div>
      <BidsCard
        key={`bids-${bids.length}`}
        bids={bids}
        open={canEdit && (sale.status === 'offered' || sale.status === 'bid_received')}
        today={today}
        lastResult={bidReply}
      />
      {canEdit && (
        <div className="card no-print">
          <h2>Vurdering og omkostninger</h2>
          <SaleDetailsForm
            key={`details-${sale.version}`}
            version={sale.version}
            expectedPriceOre={sale.expectedPriceOre}
            saleCostsOre={sale.saleCostsOre}
            note={sale.note}
            lastResult={detailsReply}
          />
        </div>
      )}
    </div>
  )
}
