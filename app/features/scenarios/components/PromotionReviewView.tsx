/** What promotion would change against the decided plan: measures, key figures, conflicts, proposals. */
import { Money, formatKroner } from '~/core/money'
import { ChangeList as List } from './ChangeList'
import type { KeyFigures, PromotionReview } from '~/features/scenarios/types'

const kr = (s: string) => formatKroner(new Money(s), { decimals: 0 })
const signedKr = (s: string) => (new Money(s).gt(0) ? `+${kr(s)}` : kr(s))
const year = (y: number | null) => (y === null ? 'nås ikke' : String(y))

function Figures({ before, after }: { before: KeyFigures; after: KeyFigures }) {
  const delta = (k: 'fullYearEffect' | 'gapToTarget') => new Money(after[k]).minus(new Money(before[k])).toString()
  return (
    <table className="plain" aria-label="Nøgletal før og efter" data-testid="review-figures">
      <thead>
        <tr>
          <th>Nøgletal</th>
          <th className="num">Gældende plan</th>
          <th className="num">Dette scenarie</th>
          <th className="num">Ændring</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Helårseffekt</th>
          <td className="num">{kr(before.fullYearEffect)}</td>
          <td className="num">{kr(after.fullYearEffect)}</td>
          <td className="num">{signedKr(delta('fullYearEffect'))}</td>
        </tr>
        <tr>
          <th scope="row">Mangler til målet</th>
          <td className="num">{kr(before.gapToTarget)}</td>
          <td className="num">{kr(after.gapToTarget)}</td>
          <td className="num">{signedKr(delta('gapToTarget'))}</td>
        </tr>
        <tr>
          <th scope="row">Målet nås første gang</th>
          <td className="num">{year(before.firstYearTargetReached)}</td>
          <td className="num">{year(after.firstYearTargetReached)}</td>
          <td />
        </tr>
      </tbody>
    </table>
  )
}

export function PromotionReviewView({ review: r }: { review: PromotionReview }) {
  return (
    <>
      <div className="card">
        <h2>Nøgletal</h2>
        <Figures before={r.before} after={r.after} />
      </div>
      <div className="card">
        <h2>Tiltag i forhold til {r.baseline?.title ?? 'den gældende plan'}</h2>
        <List title="Tilføjet" items={r.added} empty="Ingen tiltag tilføjet." testId="review-added" />
        <List title="Fjernet" items={r.removed} empty="Ingen tiltag fjernet." testId="review-removed" />
        <List title="Ændret" items={r.changed} empty="Ingen tiltag ændret." testId="review-changed" />
      </div>
      <div className="card">
        <List title="Åbne konflikter" items={r.conflicts} empty="Ingen konflikter." testId="review-conflicts" />
        <List
          title="Tiltag der stadig kun er forslag"
          items={r.proposals}
          empty="Alle medtagne tiltag er besluttet eller gennemført."
          testId="review-proposals"
        />
      </div>
    </>
  )
}
