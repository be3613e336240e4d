/**
 * Hedensted demo data (the properties are in seed-properties.ts). ILLUSTRATIVE: names of places and the three terminated leases follow the
 * municipality's public reports; every amount, date and headcount is invented to make the planner
 * show a realistic picture (≈ 2 mio. kr. a year net effect of Tættere Sammen and the sales,
 * 5,3 mio. kr. sold, ≈ 11 mio. kr. expected in all). Amounts in kroner here; the seed stores øre.
 */
import type { LeaseStatus, SaleStatus } from '#db/schema'

export const DEMO_NOTE = 'Demodata (illustrativ): beløb og datoer er opdigtede.'

export interface DemoLease {
  property: string
  direction: 'tenant' | 'landlord'
  counterparty: string
  rent: number
  service: number
  operatingPaid: boolean
  startDate: string
  noticeMonths: number
  terms: 'month' | 'quarter'
  nonTerminableUntil: string | null
  noticeDate: string | null
  status: LeaseStatus
}

/** The three Tættere Sammen leases end by August 2024 (notice given winter 2023/24). */
export const demoLeases: DemoLease[] = [
  {
    property: 'vesterbrogade-4b',
    direction: 'tenant',
    counterparty: 'Ejendomsselskabet Vesterbro ApS',
    rent: 420_000,
    service: 48_000,
    operatingPaid: true,
    startDate: '2015-03-01',
    noticeMonths: 6,
    terms: 'month',
    nonTerminableUntil: null,
    noticeDate: '2024-02-10',
    status: 'terminated',
  },
  {
    property: 'loesningvej-30',
    direction: 'tenant',
    counterparty: 'DLH Ejendomme A/S',
    rent: 780_000,
    service: 90_000,
    operatingPaid: true,
    startDate: '2012-07-01',
    noticeMonths: 6,
    terms: 'month',
    nonTerminableUntil: '2019-06-30',
    noticeDate: '2023-12-20',
    status: 'vacated',
  },
  {
    property: 'vestergade-7-9',
    direction: 'tenant',
    counterparty: 'Hedensted Erhvervsudlejning I/S',
    rent: 610_000,
    service: 70_000,
    operatingPaid: true,
    startDate: '2018-01-01',
    noticeMonths: 6,
    terms: 'month',
    nonTerminableUntil: '2022-12-31',
    noticeDate: '2024-01-20',
    status: 'terminated',
  },
  {
    property: 'hornsyld-bibliotek',
    direction: 'landlord',
    counterparty: 'Hornsyld Lokalhistoriske Forening',
    rent: 42_000,
    service: 0,
    operatingPaid: false,
    startDate: '2016-01-01',
    noticeMonths: 3,
    terms: 'month',
    nonTerminableUntil: null,
    noticeDate: null,
    status: 'active',
  },
  {
    property: 'uldum-raadhus',
    direction: 'landlord',
    counterparty: 'Uldum Borgerforening',
    rent: 64_000,
    service: 6_000,
    operatingPaid: false,
    startDate: '2014-05-01',
    noticeMonths: 6,
    terms: 'quarter',
    nonTerminableUntil: null,
    noticeDate: null,
    status: 'active',
  },
  {
    property: 'toerring-kontor',
    direction: 'landlord',
    counterparty: 'Tørring Fysioterapi',
    rent: 96_000,
    service: 12_000,
    operatingPaid: false,
    startDate: '2020-02-01',
    noticeMonths: 6,
    terms: 'month',
    nonTerminableUntil: '2025-01-31',
    noticeDate: null,
    status: 'active',
  },
  {
    property: 'loesning-sfo',
    direction: 'landlord',
    counterparty: 'Løsning Spejderne',
    rent: 18_000,
    service: 0,
    operatingPaid: false,
    startDate: '2021-08-01',
    noticeMonths: 3,
    terms: 'month',
    nonTerminableUntil: null,
    noticeDate: null,
    status: 'active',
  },
]

export interface DemoSale {
  property: string
  status: SaleStatus
  expected: number
  realised: number | null
  costs: number
  takeoverDate: string | null
  offeringDeadline: string | null
  buyer: string
}

/** Designated in July 2023; 5,3 mio. kr. realised, 5,7 mio. kr. expected for the rest. */
export const demoSales: DemoSale[] = [
  {
    property: 'glud-boernehave',
    status: 'sold',
    expected: 1_700_000,
    realised: 1_850_000,
    costs: 55_000,
    takeoverDate: '2024-03-16',
    offeringDeadline: '2023-10-02',
    buyer: 'Privat køber',
  },
  {
    property: 'hornsyld-bibliotek',
    status: 'sold',
    expected: 2_000_000,
    realised: 2_100_000,
    costs: 62_000,
    takeoverDate: '2024-05-01',
    offeringDeadline: '2023-11-06',
    buyer: 'Hornsyld Udvikling ApS',
  },
  {
    property: 'barrit-praestebolig',
    status: 'sold',
    expected: 1_400_000,
    realised: 1_350_000,
    costs: 40_000,
    takeoverDate: '2024-08-01',
    offeringDeadline: '2024-02-05',
    buyer: 'Privat køber',
  },
  {
    property: 'uldum-raadhus',
    status: 'offered',
    expected: 2_600_000,
    realised: null,
    costs: 75_000,
    takeoverDate: null,
    offeringDeadline: '2025-01-15',
    buyer: '',
  },
  {
    property: 'toerring-villa',
    status: 'designated',
    expected: 1_900_000,
    realised: null,
    costs: 55_000,
    takeoverDate: null,
    offeringDeadline: null,
    buyer: '',
  },
  {
    property: 'loesning-sfo',
    status: 'conditionally_sold',
    expected: 1_200_000,
    realised: null,
    costs: 38_000,
    takeoverDate: '2025-04-01',
    offeringDeadline: '2024-09-30',
    buyer: 'Løsning Boligudvikling A/S',
  },
]

export interface DemoUnit {
  name: string
  property: string
  headcount: number
  contact: string
  external?: boolean
  parent?: string
}

export const demoUnits: DemoUnit[] = [
  { name: 'Direktion og sekretariat', property: 'hedensted-raadhus', headcount: 14, contact: 'Kommunaldirektørens sekretariat' },
  { name: 'Økonomi og Analyse', property: 'hedensted-raadhus', headcount: 46, contact: 'Økonomichef' },
  { name: 'HR og Løn', property: 'hedensted-raadhus', headcount: 22, contact: 'HR-chef' },
  { name: 'Digitalisering og IT', property: 'hedensted-raadhus', headcount: 31, contact: 'IT-chef' },
  { name: 'Teknik og Miljø', property: 'hedensted-raadhus', headcount: 88, contact: 'Direktør for Teknik og Miljø' },
  { name: 'Social og Sundhed, administration', property: 'hedensted-raadhus', headcount: 64, contact: 'Sektorchef' },
  { name: 'Børn og Familie', property: 'juelsminde-raadhus', headcount: 58, contact: 'Familiechef' },
  { name: 'Ydelse og Opkrævning', property: 'juelsminde-raadhus', headcount: 41, contact: 'Ydelseschef' },
  { name: 'Mestringsenheden', property: 'vesterbrogade-4b', headcount: 18, contact: 'Leder af Mestringsenheden' },
  { name: 'PPR (Pædagogisk Psykologisk Rådgivning)', property: 'loesningvej-30', headcount: 34, contact: 'PPR-leder' },
  { name: 'Sundhedsplejen', property: 'loesningvej-30', headcount: 19.5, contact: 'Ledende sundhedsplejerske' },
  { name: 'Borgerservice', property: 'vestergade-7-9', headcount: 26, contact: 'Borgerservicechef' },
  { name: 'Jobcenter, virksomhedsservice', property: 'vestergade-7-9', headcount: 21, contact: 'Jobcenterchef' },
  { name: 'Hjemmeplejen Vest', property: 'toerring-kontor', headcount: 38, contact: 'Områdeleder' },
  { name: 'Driftsafdelingen, Vej og Park', property: 'daugaard-materielgaard', headcount: 42, contact: 'Driftschef' },
  { name: 'Frivilligcenter Hedensted', property: 'frivillighus-hedensted', headcount: 3, contact: 'Frivilligkoordinator', external: true },
  { name: 'Uldum Borgerforening (brugergruppe)', property: 'uldum-raadhus', headcount: 2, contact: 'Formand', external: true },
]
