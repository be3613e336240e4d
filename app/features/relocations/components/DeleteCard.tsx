/** A card with one button that deletes the record after the browser's "are you sure". */
import type { ReactNode } from 'react'
import { Form } from 'react-router'

export function DeleteCard({ title, confirm, children }: { title: string; confirm: string; children?: ReactNode }) {
  return (
    <div className="card no-print">
      <h2>{title}</h2>
      {children}
      <Form
        method="post"
        onSubmit={(e) => {
          if (!window.confirm(confirm)) e.preventDefault()
        }}
      >
        <input type="hidden" name="intent" value="delete" />
        <button type="submit" className="danger">
          {title}
        </button>
      </Form>
    </div>
  )
}
