// SPEC §1.7: the order of the open stages of a pipeline, for the pipeline table and for movement between
// audits (advanced / moved back). The owner's `Stage order` setting wins; without it the built-in list that
// holds most of the data's open stage names gives the order, and names on no list come after, unordered.
import { t, type MessageKey } from '../i18n/catalog';
import { stageNameKey } from '../input/dealVocabulary';

export type StageOrderSource = 'settings' | 'template' | 'hubspot' | 'pipedrive' | 'generic';

export interface StageOrder {
  /** Where the order comes from; null when no list holds any of the data's open stages. */
  source: StageOrderSource | null;
  /** The data's open stage names (as written) that have a place in the order, in pipeline order. */
  ordered: string[];
  /** The data's other open stage names, alphabetically: "unordered" for movement. */
  unordered: string[];
  /**
   * The place of any stage name in the chosen order (0 = first), null when it has none. Names of one
   * place (a list's English and Polish name) share it. For stages no longer in the data, e.g. a snapshot's.
   */
  rank(stage: string): number | null;
}

/** One place of a built-in list: the names CRMs and people write for it. */
type Place = readonly string[];

const both = (key: MessageKey): Place => [t('en', key), t('pl', key)];

/**
 * The built-in orders, in the order ties are broken. The template's names come from the catalog the
 * input tabs are made from, so the two cannot drift apart. The generic list carries the Polish names a
 * small business writes for the same steps (SPEC lists only the English ones). Made on first use, not at
 * load: a bundle that never orders stages (the sidebar) then carries neither the lists nor their texts.
 */
const builtInOrders = (): readonly { source: StageOrderSource; places: readonly Place[] }[] => [
  {
    source: 'template',
    places: [both('sample.stage.qualified'), both('sample.stage.proposal'), both('sample.stage.negotiation')],
  },
  {
    source: 'hubspot',
    places: [
      ['Appointment scheduled'],
      ['Qualified to buy'],
      ['Presentation scheduled'],
      ['Decision maker bought-in'],
      ['Contract sent'],
    ],
  },
  {
    source: 'pipedrive',
    places: [['Lead In'], ['Contact Made'], ['Demo Scheduled'], ['Proposal Made'], ['Negotiations Started']],
  },
  {
    source: 'generic',
    places: [
      ['Lead'],
      ['New', 'Nowy', 'Nowa', 'Nowe'],
      ['Qualification', 'Kwalifikacja'],
      ['Meeting', 'Spotkanie'],
      ['Demo', 'Prezentacja'],
      ['Proposal', 'Propozycja'],
      ['Offer', 'Oferta'],
      ['Negotiation', 'Negocjacje'],
      ['Contract', 'Umowa'],
    ],
  },
];

/** Place of each name key; the first place of a key wins (a settings list may repeat a name). */
function rankMap(places: readonly Place[]): Map<string, number> {
  const ranks = new Map<string, number>();
  places.forEach((names, place) => {
    for (const name of names) {
      const key = stageNameKey(name);
      if (key !== '' && !ranks.has(key)) ranks.set(key, place);
    }
  });
  return ranks;
}

let builtInRanks: { source: StageOrderSource; ranks: Map<string, number> }[] | undefined;

const byName = (a: string, b: string): number => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of the data's open stages (`openStages`: each name once, as written) given the settings'
 * `Stage order` list (`settingsOrder`, possibly empty; a repeated name keeps its first place).
 */
export function stageOrder(openStages: readonly string[], settingsOrder: readonly string[]): StageOrder {
  const settingsRanks = rankMap(settingsOrder.map((name) => [name]));
  let chosen: { source: StageOrderSource; ranks: Map<string, number> } | null = null;
  if (settingsRanks.size > 0) {
    chosen = { source: 'settings', ranks: settingsRanks };
  } else {
    let best = 0;
    builtInRanks ??= builtInOrders().map((list) => ({ source: list.source, ranks: rankMap(list.places) }));
    for (const list of builtInRanks) {
      const held = openStages.filter((stage) => list.ranks.has(stageNameKey(stage))).length;
      if (held > best) {
        best = held;
        chosen = list;
      }
    }
  }
  const ranks = chosen ? chosen.ranks : new Map<string, number>();
  const rank = (stage: string): number | null => ranks.get(stageNameKey(stage)) ?? null;

  const ordered: { stage: string; place: number }[] = [];
  const unordered: string[] = [];
  for (const stage of openStages) {
    const place = rank(stage);
    if (place === null) unordered.push(stage);
    else ordered.push({ stage, place });
  }
  ordered.sort((a, b) => a.place - b.place || byName(a.stage, b.stage));
  unordered.sort(byName);
  return {
    source: chosen ? chosen.source : null,
    ordered: ordered.map((entry) => entry.stage),
    unordered,
    rank,
  };
}
