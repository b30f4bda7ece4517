// Area and overall scores of SPEC §2: green 100, amber 50, red 0; questionnaire Yes 100, Partly 50, No 0;
// the channel and salespeople tables as one item each with their raw points.
import type {
  Answer,
  AreaId,
  AreaResult,
  AttentionItem,
  MetricResult,
  QuestionAnswer,
  QuestionResult,
  Rating,
  TableScore,
} from '../types';
import { mean } from './stats';

const RATING_POINTS: Partial<Record<Rating, number>> = { green: 100, amber: 50, red: 0 };
const ANSWER_RATING: Record<Answer, Rating> = { yes: 'green', partly: 'amber', no: 'red', na: 'unrated' };

export function scoreRating(score: number | null): Rating {
  if (score === null) return 'nodata';
  return score >= 70 ? 'green' : score >= 40 ? 'amber' : 'red';
}

export interface QuestionItem {
  id: string;
  text: string;
}

export function questionResults(
  questions: readonly QuestionItem[],
  answers: Record<string, QuestionAnswer>,
): QuestionResult[] {
  return questions.map((question) => {
    const given = answers[question.id];
    const answer = given?.answer ?? null;
    return {
      id: question.id,
      text: question.text,
      answer,
      note: given?.note ?? '',
      rating: answer === null ? 'nodata' : ANSWER_RATING[answer],
    };
  });
}

/** The points an item adds to its area's mean, or undefined when it is not rated. */
export function itemPoints(item: { rating: Rating; points?: number | null }): number | undefined {
  return 'points' in item ? (item.points ?? undefined) : RATING_POINTS[item.rating];
}

/** Mean of the points of rated metrics, answered questions and rated tables; null when nothing is rated. */
export function areaScore(
  metrics: readonly MetricResult[],
  questions: readonly QuestionResult[],
  tables: readonly TableScore[] = [],
): number | null {
  const points: number[] = [];
  for (const item of [...metrics, ...questions, ...tables]) {
    const value = itemPoints(item);
    if (value !== undefined) points.push(value);
  }
  return mean(points);
}

export function tableScore(id: TableScore['id'], points: number | null): TableScore {
  return { id, points, rating: points === null ? 'unrated' : scoreRating(points) };
}

export interface AreaItems {
  metrics: MetricResult[];
  questions: QuestionResult[];
  tables: TableScore[];
  /** Drop channels and flagged salespeople, named in the area's attention list before its red metrics. */
  namedInTables: AttentionItem[];
}

export function areaResult(
  id: AreaId,
  items: AreaItems,
  previousAreas: Partial<Record<AreaId, number | null>> | null,
): AreaResult {
  const { metrics, questions, tables } = items;
  const score = areaScore(metrics, questions, tables);
  const attention: AttentionItem[] = [
    ...items.namedInTables,
    ...metrics
      .filter((item) => item.rating === 'red')
      .map((item) => ({ kind: 'metric' as const, subject: item.id })),
    ...questions
      .filter((item) => item.answer === 'no')
      .map((item) => ({ kind: 'question' as const, subject: item.id })),
  ];
  const area: AreaResult = { id, score, rating: scoreRating(score), metrics, questions, tables, attention };
  if (previousAreas) area.previousScore = previousAreas[id] ?? null;
  return area;
}

/** Mean of the areas that have a score. */
export function overallScore(areas: readonly AreaResult[]): number | null {
  return mean(areas.flatMap((area) => (area.score === null ? [] : [area.score])));
}
