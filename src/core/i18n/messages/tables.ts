// Texts of the audit tab's detail tables (SPEC §4.1): pipeline by stage, lost reasons, and the columns of the
// lists an owner acts on (deals to reconsider, customers to contact).
import type { MessageTable } from '../format';

export const en = {
  'tab.pipeline.title': 'Pipeline by stage (every open deal, whatever the audit period)',
  'tab.pipeline.col.stage': 'Stage',
  'tab.pipeline.col.deals': 'Open deals',
  'tab.pipeline.col.value': 'Value',
  'tab.pipeline.col.medianAge': 'Open for, median (days)',
  'tab.pipeline.order':
    'Stages in pipeline order: the Stage order of the Audit settings tab, else the usual order of these stage names; stages on no list come last, alphabetically.',
  'tab.pipeline.empty': 'No deal is open.',
  'tab.lostReasons.title': 'Lost reasons (lost deals created in the audit period)',
  'tab.lostReasons.col.reason': 'Reason',
  'tab.lostReasons.col.deals': 'Lost deals',
  'tab.lostReasons.col.share': 'Share of lost deals',
  'tab.lostReasons.col.value': 'Value',
  'tab.lostReasons.noColumn': 'Add a Lost reason column to the Deals tab to see why deals are lost.',
  'tab.lostReasons.empty': 'No deal created in the audit period was lost.',
  'tab.col.stage': 'Stage',
  'tab.col.created': 'Created',
  'tab.col.clv': 'CLV',
  'tab.col.accountManager': 'Account manager',
} satisfies MessageTable<string>;

export const pl: MessageTable<keyof typeof en> = {
  'tab.pipeline.title': 'Lejek według etapów (wszystkie otwarte transakcje, niezależnie od okresu audytu)',
  'tab.pipeline.col.stage': 'Etap',
  'tab.pipeline.col.deals': 'Otwarte transakcje',
  'tab.pipeline.col.value': 'Wartość',
  'tab.pipeline.col.medianAge': 'Jak długo otwarte, mediana (dni)',
  'tab.pipeline.order':
    'Etapy w kolejności lejka: według „Kolejności etapów” na karcie „Ustawienia audytu”, a bez niej według zwykłej kolejności tych nazw; etapy spoza list są na końcu, alfabetycznie.',
  'tab.pipeline.empty': 'Nie ma otwartych transakcji.',
  'tab.lostReasons.title': 'Powody przegranych (przegrane transakcje utworzone w okresie audytu)',
  'tab.lostReasons.col.reason': 'Powód',
  'tab.lostReasons.col.deals': 'Przegrane transakcje',
  'tab.lostReasons.col.share': 'Odsetek przegranych',
  'tab.lostReasons.col.value': 'Wartość',
  'tab.lostReasons.noColumn':
    'Dodaj kolumnę „Powód przegranej” na karcie Transakcje, żeby zobaczyć, dlaczego transakcje są przegrywane.',
  'tab.lostReasons.empty': 'Żadna transakcja utworzona w okresie audytu nie została przegrana.',
  'tab.col.stage': 'Etap',
  'tab.col.created': 'Utworzona',
  'tab.col.clv': 'CLV',
  'tab.col.accountManager': 'Opiekun klienta',
};
