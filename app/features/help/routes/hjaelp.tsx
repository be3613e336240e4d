/** Hjælp: the words users hesitate over, explained in Danish. */
import { GLOSSARY } from '~/features/help/glossary'
import type { Route } from './+types/hjaelp'

export const meta = () => [{ title: 'Hjælp · Kloge Kvadratmeter' }]

export default function HelpPage(_: Route.ComponentProps) {
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Hjælp</h1>
          <p>Ord, der går igen i planlæggeren, forklaret kort. Et lille ? ved ordet på siderne fører hertil.</p>
        </div>
      </div>
      {Object.values(GLOSSARY).map((entry) => (
        <div className="card" key={entry.slug} id={entry.slug}>
          <h2>{entry.word}</h2>
          {entry.long.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      ))}
    </section>
  )
}
