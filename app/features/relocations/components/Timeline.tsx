/**
 * The timeline (Gantt): per property (rows per unit) or per unit (rows per property). Bars are
 * the periods a unit sits there, hatched when they start with a relocation not yet done, red after
 * a lease ends or a sale's takeover day; lines mark those days. Server-rendered and printable.
 */
import type { CSSProperties } from 'react'
import { Link } from 'react-router'
import type { TimelineGroup, TimelineMarker } from '~/core/timeline'

type Row = TimelineGroup['rows'][number]

function Markers({ markers }: { markers: TimelineMarker[] }) {
  return (
    <>
      {markers.map((m) => (
        <span key={`${m.kind}-${m.left}`}>
          <span className={`marker ${m.kind === 'takeover' ? 'takeover' : ''}`} style={{ left: `${m.left}%` }} title={m.label} />
        </span>
      ))}
    </>
  )
}

function MarkerLabels({ markers }: { markers: TimelineMarker[] }) {
  return (
    <>
      {markers.map((m) => (
        <span
          key={`${m.kind}-${m.left}`}
          className={`marker-label ${m.kind === 'takeover' ? 'takeover' : ''} ${m.left > 70 ? 'flip' : ''}`}
          style={{ left: `${m.left}%` }}
        >
          {m.label}
        </span>
      ))}
    </>
  )
}

function TimelineRow({ row: r, groupMarkers }: { row: Row; groupMarkers: TimelineMarker[] }) {
  return (
    <div className="tl-row">
      <div className="label" title={r.label}>
        <Link to={r.href}>{r.label}</Link>
      </div>
      <div className="track">
        <Markers markers={[...groupMarkers, ...r.markers]} />
        {r.bars.map((b) => (
          <span
            key={`${b.left}-${b.late}`}
            className={`bar ${b.planned ? 'planned' : ''} ${b.late ? 'late' : ''}`}
            style={{ left: `${b.left}%`, width: `${b.width}%` }}
            title={b.late ? `${b.title} – stadig i bygningen, efter den er opsagt eller solgt` : b.title}
          >
            {b.label}
          </span>
        ))}
      </div>
    </div>
  )
}

function Group({ group: g }: { group: TimelineGroup }) {
  return (
    <div data-testid="timeline-group" data-left-behind={g.leftBehind || undefined}>
      <div className={`tl-group ${g.leftBehind ? 'left-behind' : ''}`}>
        <div className="title label">
          <Link to={g.href}>{g.title}</Link>
        </div>
        <div className="track">
          <Markers markers={g.markers} />
          <MarkerLabels markers={g.markers} />
        </div>
      </div>
      {g.rows.map((r) => (
        <TimelineRow key={r.key} row={r} groupMarkers={g.markers} />
      ))}
    </div>
  )
}

function Legend() {
  return (
    <div className="legend">
      <span>
        <i className="sw-bar" />
        Sidder der
      </span>
      <span>
        <i className="sw-planned" />
        Efter en flytning, der ikke er gennemført
      </span>
      <span>
        <i className="sw-late" />
        Stadig der efter lejemålets ophør eller overtagelsesdagen
      </span>
      <span>
        <i className="sw-line" />
        Lejemål ophører
      </span>
      <span>
        <i className="sw-takeover" />
        Overtagelsesdag (salg)
      </span>
    </div>
  )
}

export function Timeline({ groups, ticks }: { groups: TimelineGroup[]; ticks: { key: string; left: number; label: string }[] }) {
  const style = { '--month': `${100 / Math.max(ticks.length, 1)}%` } as CSSProperties
  const every = ticks.length > 24 ? 3 : ticks.length > 12 ? 2 : 1
  if (groups.length === 0) return <p className="muted">Ingen enheder i perioden.</p>
  return (
    <div className="tl scroll-box" style={style} data-testid="timeline">
      <div className="tl-head">
        <div />
        <div className="ticks">
          {ticks
            .filter((_, i) => i % every === 0)
            .map((t) => (
              <span key={t.key} style={{ left: `${t.left}%` }}>
                {t.label}
              </span>
            ))}
        </div>
      </div>
      {groups.map((g) => (
        <Group key={g.key} group={g} />
      ))}
      <Legend />
    </div>
  )
}
