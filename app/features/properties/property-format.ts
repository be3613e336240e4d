/**
 * The property table as files carry it: the export's columns (CSV and Excel) and how an import reads
 * them back. Headers are Danish and identical both ways, so an exported file can be edited and
 * imported again (rows with an Id update that property; rows without create one).
 */
import type { Property } from '#db/schema'
import { ownershipLabels, propertyStatusLabels, propertyUseLabels } from '~/core/labels'
import type { ExportColumn } from '~/core/sheets/export-columns'
import type { ImportField } from '~/core/sheets/import-spec'

export const PROPERTY_SHEET = 'Ejendomme'

export const PROPERTY_EXPORT: ExportColumn<Property>[] = [
  { header: 'Id', kind: 'integer', value: (p) => p.id, width: 8 },
  { header: 'Navn', kind: 'text', value: (p) => p.name, width: 36 },
  { header: 'Adresse', kind: 'text', value: (p) => p.address, width: 26 },
  { header: 'Postnr.', kind: 'text', value: (p) => p.postcode, width: 9 },
  { header: 'By', kind: 'text', value: (p) => p.town, width: 16 },
  { header: 'Ejerforhold', kind: 'text', value: (p) => ownershipLabels[p.ownership], width: 12 },
  { header: 'Anvendelse', kind: 'text', value: (p) => propertyUseLabels[p.use], width: 22 },
  { header: 'Bruttoareal (m²)', kind: 'integer', value: (p) => p.grossAreaM2, width: 16 },
  { header: 'Arbejdspladser', kind: 'integer', value: (p) => p.workplaces, width: 15 },
  { header: 'Driftsudgift pr. år (kr.)', kind: 'money', value: (p) => p.annualOperatingCostOre, width: 22 },
  { header: 'Planlagt vedligehold pr. år (kr.)', kind: 'money', value: (p) => p.annualMaintenanceOre, width: 22 },
  { header: 'Vedligeholdelsesefterslæb (kr.)', kind: 'money', value: (p) => p.maintenanceBacklogOre, width: 22 },
  { header: 'Status', kind: 'text', value: (p) => propertyStatusLabels[p.status], width: 18 },
  { header: 'Breddegrad', kind: 'decimal', value: (p) => p.latitude, width: 12 },
  { header: 'Længdegrad', kind: 'decimal', value: (p) => p.longitude, width: 12 },
  { header: 'Note', kind: 'text', value: (p) => p.note, width: 40 },
]

export const PROPERTY_ID_FIELD: ImportField = { header: 'Id', aliases: ['Ejendoms-id', 'Ejendom id'], field: '', kind: 'integer' }
export const UTM_EAST_FIELD: ImportField = { header: 'Øst (UTM32)', aliases: ['UTM32 øst', 'Easting', 'UTM øst', 'E (UTM32)', 'X (UTM32)'], field: '', kind: 'decimal' }
export const UTM_NORTH_FIELD: ImportField = { header: 'Nord (UTM32)', aliases: ['UTM32 nord', 'Northing', 'UTM nord', 'N (UTM32)', 'Y (UTM32)'], field: '', kind: 'decimal' }

/** Columns an import reads; the first block mirrors the export. */
export const PROPERTY_IMPORT: ImportField[] = [
  PROPERTY_ID_FIELD,
  { header: 'Navn', field: 'name', kind: 'text', required: true },
  { header: 'Adresse', field: 'address', kind: 'text', required: true },
  { header: 'Postnr.', aliases: ['Postnummer'], field: 'postcode', kind: 'text', required: true },
  { header: 'By', field: 'town', kind: 'text', required: true },
  { header: 'Ejerforhold', field: 'ownership', kind: 'code', labels: ownershipLabels, codeAliases: { ejer: 'owned', leje: 'leased', lejemål: 'leased' }, required: true },
  { header: 'Anvendelse', field: 'use', kind: 'code', labels: propertyUseLabels, codeAliases: { kontor: 'administration', dagtilbud: 'daycare', børnehave: 'daycare', pleje: 'care', kultur: 'culture', teknik: 'technical' }, required: true },
  { header: 'Bruttoareal (m²)', aliases: ['Bruttoareal', 'Areal (m²)', 'Areal'], field: 'grossAreaM2', kind: 'integer', defaultText: '0' },
  { header: 'Arbejdspladser', field: 'workplaces', kind: 'integer', defaultText: '0' },
  { header: 'Driftsudgift pr. år (kr.)', aliases: ['Driftsudgift pr. år', 'Drift pr. år'], field: 'annualOperatingCostOre', kind: 'money', defaultText: '0' },
  { header: 'Planlagt vedligehold pr. år (kr.)', aliases: ['Planlagt vedligehold pr. år', 'Vedligehold pr. år'], field: 'annualMaintenanceOre', kind: 'money', defaultText: '0' },
  { header: 'Vedligeholdelsesefterslæb (kr.)', aliases: ['Vedligeholdelsesefterslæb', 'Efterslæb'], field: 'maintenanceBacklogOre', kind: 'money', defaultText: '0' },
  { header: 'Status', field: 'status', kind: 'code', labels: propertyStatusLabels, codeAliases: { 'udpeget': 'designated', 'til salg': 'designated' }, defaultText: 'in_use' },
  { header: 'Breddegrad', aliases: ['Breddegrad (WGS84)', 'Latitude', 'Lat'], field: 'latitude', kind: 'decimal' },
  { header: 'Længdegrad', aliases: ['Længdegrad (WGS84)', 'Longitude', 'Lon', 'Lng'], field: 'longitude', kind: 'decimal' },
  UTM_EAST_FIELD,
  UTM_NORTH_FIELD,
  { header: 'Note', aliases: ['Bemærkning'], field: 'note', kind: 'text' },
]
