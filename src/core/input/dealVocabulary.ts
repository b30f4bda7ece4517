// The words CRMs and owners use for a deal's stage (open / won / lost) and its type, in English and Polish.
import { normalizeHeader, normalizeKey } from '../text';
import type { DealType, Outcome } from '../types';

function synonymSet(words: string): Set<string> {
  return new Set(words.split(',').map((word) => normalizeHeader(word)));
}

const WON_STAGES = synonymSet(
  'won,win,closed won,closedwon,deal won,won deal,success,sukces,wygrana,wygrane,wygrany,wygrano,' +
    'sprzedane,sprzedana,sprzedany,sprzedaz,zrealizowane,zrealizowana,zrealizowany,zamknieta wygrana,' +
    'zamkniete wygrane,zamkniety wygrany,zamknieta sukces',
);
const LOST_STAGES = synonymSet(
  'lost,lose,closed lost,closedlost,deal lost,lost deal,przegrana,przegrane,przegrany,utracona,utracone,' +
    'utracony,odrzucona,odrzucone,odrzucony,zamknieta przegrana,zamkniete przegrane,zamkniety przegrany,' +
    'rezygnacja,anulowana,anulowane,cancelled,canceled,rejected',
);
/**
 * A stage name as compared with the synonyms and the stage orders: normalized like a header, without a
 * CRM's pipeline suffix (`Closed Won (Sales Pipeline)`) or numbering (`02 Proposal`).
 */
export function stageNameKey(stage: string): string {
  // `[^()]`, not `[^)]`: each bracket then ends its own attempt, so a text of brackets is read in linear time.
  return normalizeHeader(stage.replace(/\([^()]*\)\s*$/, '')).replace(/^\d+ /, '');
}

/** The won and lost names (as stageNameKey gives them) a misspelt stage may resemble (SPEC §3.1). */
export function outcomeSynonyms(): { name: string; outcome: 'won' | 'lost' }[] {
  return [
    ...[...WON_STAGES].map((name) => ({ name, outcome: 'won' as const })),
    ...[...LOST_STAGES].map((name) => ({ name, outcome: 'lost' as const })),
  ];
}

const WON_PREFIXES = ['closed won ', 'won ', 'zamknieta wygrana ', 'wygrana '];
const LOST_PREFIXES = ['closed lost ', 'lost ', 'zamknieta przegrana ', 'przegrana '];

/**
 * open / won / lost for a stage name. `overrides` (Settings.stageOutcomes, keys as normalizeKey gives
 * them) win; then the synonyms, also with a CRM's numbering (`#09 Won`) or pipeline suffix
 * (`Closed Won (Sales Pipeline)`, `Closed Lost to Competition`) around them; anything else is open.
 */
export function classifyStage(stage: string, overrides: Record<string, Outcome>): Outcome {
  const override = overrides[normalizeKey(stage)];
  if (override !== undefined) return override;
  const name = stageNameKey(stage);
  if (WON_STAGES.has(name)) return 'won';
  if (LOST_STAGES.has(name)) return 'lost';
  const spaced = `${name} `;
  if (WON_PREFIXES.some((prefix) => spaced.startsWith(prefix))) return 'won';
  if (LOST_PREFIXES.some((prefix) => spaced.startsWith(prefix))) return 'lost';
  return 'open';
}

const DEAL_TYPES: [DealType, Set<string>][] = [
  [
    'new',
    synonymSet(
      'new,new business,new customer,new client,new logo,nowy,nowa,nowy klient,nowa sprzedaz,nowy biznes,pierwsza sprzedaz',
    ),
  ],
  [
    'upsell',
    synonymSet(
      'up-sell,upsell,up sell,upselling,up selling,upgrade,existing customer - upgrade,existing business - upsell,dosprzedaz,rozszerzenie',
    ),
  ],
  [
    'crosssell',
    synonymSet(
      'cross-sell,crosssell,cross sell,cross selling,cross-selling,sprzedaz krzyzowa,sprzedaz dodatkowa',
    ),
  ],
  ['renewal', synonymSet('renewal,renew,odnowienie,przedluzenie,kontynuacja,prolongata')],
  [
    'existing',
    synonymSet(
      'existing,existing business,existing customer,existing client,existing customer - replacement,' +
        'existing customer - downgrade,repeat,repeat business,returning,istniejacy klient,istniejacy,obecny klient,' +
        'staly klient,powracajacy klient,kolejna sprzedaz',
    ),
  ],
];

/** The deal type for a Type cell's text (HubSpot / Zoho / Salesforce picklists, EN, PL); null if unknown. */
export function classifyDealType(text: string): DealType | null {
  const name = normalizeHeader(text);
  for (const [type, names] of DEAL_TYPES) if (names.has(name)) return type;
  return null;
}
