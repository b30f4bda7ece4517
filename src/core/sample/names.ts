// People and company names of the sample data, per language, so a Polish sheet looks Polish.
import type { Lang } from '../types';

interface NameLists {
  /** Salespeople; the last one is the weaker performer the per-owner table should flag. */
  owners: string[];
  accountManagers: string[];
  companyStems: string[];
  companyKinds: string[];
  /** `number` is '' or ' 2', ' 3'… for the rounds after every stem × kind is used. */
  company(stem: string, kind: string, number: string): string;
}

export const SAMPLE_NAMES: Record<Lang, NameLists> = {
  en: {
    owners: ['Emma Clarke', 'James Porter', 'Olivia Hayes', 'Daniel Reed', 'Ryan Cole'],
    accountManagers: ['Sophie Turner', 'Mark Bennett', 'Laura Price'],
    companyStems: [
      'Acme',
      'Northwind',
      'Blue River',
      'Summit',
      'Brightline',
      'Oakridge',
      'Silverline',
      'Redwood',
      'Harbor',
      'Evergreen',
      'Pinnacle',
      'Crescent',
      'Ironbridge',
      'Maple',
      'Lakeside',
      'Granite',
      'Sterling',
      'Westfield',
      'Horizon',
      'Keystone',
    ],
    companyKinds: [
      'Logistics',
      'Dental',
      'Foods',
      'Studio',
      'Engineering',
      'Retail',
      'Clinic',
      'Motors',
      'Consulting',
      'Print',
    ],
    company: (stem, kind, number) => `${stem} ${kind}${number} Ltd`,
  },
  pl: {
    owners: ['Anna Kowalska', 'Piotr Nowak', 'Marta Wiśniewska', 'Tomasz Wójcik', 'Kamil Zieliński'],
    accountManagers: ['Katarzyna Mazur', 'Michał Krawczyk', 'Agnieszka Dąbrowska'],
    companyStems: [
      'Agro',
      'Budo',
      'Elektro',
      'Trans',
      'Medi',
      'Drew',
      'Stal',
      'Info',
      'Eko',
      'Poli',
      'Termo',
      'Auto',
      'Meta',
      'Graf',
      'Lux',
      'Omni',
      'Prim',
      'Tech',
      'Bio',
      'Aqua',
    ],
    companyKinds: ['pol', 'mex', 'bud', 'tex', 'med', 'net', 'kom', 'plast', 'soft', 'serwis'],
    company: (stem, kind, number) => `${stem}${kind}${number} sp. z o.o.`,
  },
};

/** A distinct company name for every index: stems × kinds first, then numbered rounds. */
export function companyName(lang: Lang, index: number): string {
  const names = SAMPLE_NAMES[lang];
  const stems = names.companyStems.length;
  const kinds = names.companyKinds.length;
  const round = Math.floor(index / (stems * kinds));
  return names.company(
    names.companyStems[index % stems],
    names.companyKinds[Math.floor(index / stems) % kinds],
    round === 0 ? '' : ` ${round + 1}`,
  );
}
