// Tells a Windows-1250 file (Polish, Czech, Hungarian… Excel's plain "CSV" in Central Europe) from a
// Windows-1252 one (Spanish, French, German… Salesforce and Excel in Western Europe) by its letters: each
// byte the two code pages read differently is scored by how common its letter is in the languages written
// in that code page. "Diseño" scores ñ for 1252 and the rare ń for 1250; "Łódź" scores Ł and ź for 1250
// against the symbols £ and Ÿ for 1252.
import iconv from 'iconv-lite';

export type CodePage = 'windows-1250' | 'windows-1252';

export const CODE_PAGES: readonly CodePage[] = ['windows-1250', 'windows-1252'];

/** How typical a character is of text written in the code page (1 common letter … 0 symbol). */
const LETTER_WEIGHTS: Record<CodePage, Record<string, number>> = {
  'windows-1250': weights({
    1: 'łąężśćčěřůőűşţăŁ',
    0.5: 'ŚŻĆĘĄŃŹťďňľĺŕŤČĚĎŇŘŮŐŰŞŢĂĽĹŔđĐ',
    0.3: 'ńź',
  }),
  'windows-1252': weights({
    1: 'ñàèêãõåøæ',
    0.5: 'ÑÀÈÊÃÕÅØÆùûïìòœ¿¡ðþ',
    0.3: 'ÌÒÙÛÏÐÞŒŸÿºª',
  }),
};

function weights(groups: Record<number, string>): Record<string, number> {
  const table: Record<string, number> = {};
  for (const [weight, letters] of Object.entries(groups))
    for (const letter of letters) table[letter] = +weight;
  return table;
}

/** The winner must score this many times the other to be sure; otherwise the user is told to check. */
const SURE_RATIO = 2;

export function chooseCodePage(byteCounts: number[]): { codePage: CodePage; sure: boolean } {
  const scores: Record<CodePage, number> = { 'windows-1250': 0, 'windows-1252': 0 };
  let differing = 0;
  for (let byte = 0x80; byte < 0x100; byte++) {
    const count = byteCounts[byte];
    if (!count) continue;
    const [central, western] = CODE_PAGES.map((page) => iconv.decode(Buffer.from([byte]), page));
    if (central === western) continue;
    differing += count;
    scores['windows-1250'] += count * (LETTER_WEIGHTS['windows-1250'][central] ?? 0);
    scores['windows-1252'] += count * (LETTER_WEIGHTS['windows-1252'][western] ?? 0);
  }
  // Without a byte the two read differently, both give the same text.
  if (differing === 0) return { codePage: 'windows-1250', sure: true };
  const [central, western] = [scores['windows-1250'], scores['windows-1252']];
  if (western > central) return { codePage: 'windows-1252', sure: western >= SURE_RATIO * central };
  return { codePage: 'windows-1250', sure: central > 0 && central >= SURE_RATIO * western };
}
