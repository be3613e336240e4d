/**
 * A word from the glossary with its explanation at hand: the short text as a tooltip, and a small
 * "?" link to the help page that screen readers announce with the explanation.
 */
import { useId, type ReactNode } from 'react'
import { href, Link } from 'react-router'
import { GLOSSARY, type GlossaryKey } from '~/features/help/glossary'

export function Term({ term, children }: { term: GlossaryKey; children?: ReactNode }) {
  const id = useId()
  const entry = GLOSSARY[term]
  return (
    <span className="term">
      <span title={entry.short}>{children ?? entry.word}</span>
      <Link className="term-help" to={`${href('/hjaelp')}#${entry.slug}`} aria-label={`Hvad betyder ${entry.word}?`} aria-describedby={id}>
        ?
      </Link>
      <span id={id} hidden>
        {entry.short}
      </span>
    </span>
  )
}
