/** "Vedtaget plan" beside the decided plan's name, "Tidligere vedtaget plan" beside an archived one. */
export function ScenarioBadge({ isBaseline, archivedAt }: { isBaseline: boolean; archivedAt: string | null }) {
  if (isBaseline) return <span className="badge baseline">Vedtaget plan</span>
  return archivedAt ? <span className="badge archived">Tidligere vedtaget plan</span> : null
}
