/** The measures that not every compared scenario has, and which have them. */
import type { ComparedScenario, MeasureDifference } from '~/features/scenarios/types'

export function DifferenceTable({ scenarios, differences }: { scenarios: ComparedScenario[]; differences: MeasureDifference[] }) {
  if (differences.length === 0) return <p className="muted">Scenarierne har de samme tiltag.</p>
  return (
    <table className="plain compact" data-testid="differences">
      <thead>
        <tr>
          <th>Tiltag</th>
          {scenarios.map((s) => (
            <th key={s.id}>{s.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.signature}>
            <td>{d.description}</td>
            {d.presentIn.map((p, i) => (
              <td key={i}>{p ? '✓ med' : '– ikke med'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
