// Numbers written inside sentences (findings, verdict reasons, flags). They are written by the same rules as
// the audit tab's number formats (../figures), so a sentence and the cell beside it show the same figure.
import { figureText, multipleNumber, type FigureContext } from '../figures';
import type { Lang, Unit } from '../types';

export interface NumberText {
  count(value: number): string;
  percent(ratio: number): string;
  currency(value: number): string;
  days(value: number): string;
  multiple(value: number): string;
  /** A multiple's bare number, for "6,2 razy więcej" (see multipleNumber). */
  times(value: number): string;
  /** A value in its metric's unit. */
  of(value: number, unit: Unit): string;
}

export function numberText(lang: Lang, locale: string, currency: string): NumberText {
  const context: FigureContext = { lang, locale, currency };
  const of = (value: number, unit: Unit) => figureText(value, unit, context);
  return {
    count: (value) => of(value, 'count'),
    percent: (ratio) => of(ratio, 'ratio'),
    currency: (value) => of(value, 'currency'),
    days: (value) => of(value, 'days'),
    multiple: (value) => of(value, 'multiple'),
    times: (value) => multipleNumber(value, context),
    of,
  };
}
