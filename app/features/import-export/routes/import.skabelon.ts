/** GET /import/skabelon.xlsx: an empty workbook with the import's sheets and Danish headers, and a guide. */
import { TEMPLATE_GUIDE, TEMPLATE_SHEETS } from '~/features/import-export/template'
import { headerRow, xlsxBuffer, xlsxDownload } from '~/server/xlsx.server'

export async function loader() {
  const bytes = await xlsxBuffer([
    ...TEMPLATE_SHEETS.map((s) => ({
      sheet: s.name,
      data: [headerRow(s.headers)],
      stickyRowsCount: 1,
      columns: s.headers.map((h) => ({ width: Math.max(12, h.length + 4) })),
    })),
    {
      sheet: 'Vejledning',
      data: [headerRow(TEMPLATE_GUIDE.header), ...TEMPLATE_GUIDE.rows],
      stickyRowsCount: 1,
      columns: [{ width: 12 }, { width: 32 }, { width: 20 }, { width: 60 }, { width: 90 }],
    },
  ])
  return xlsxDownload('importskabelon.xlsx', bytes)
}
