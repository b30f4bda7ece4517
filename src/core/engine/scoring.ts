// Area and overall scores of SPEC §2: green 100, amber 50, red 0; questionnaire Yes 100, Partly 50, No 0.
import type {
  Answer,
  AreaId,
  AreaResult,
  MetricResult,
  QuestionAnswer,
  QuestionResult,
  Rating,
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

/** Mean of the points of rated metrics and answered questions; null when nothing is rated. */
export function areaScore(
  metrics: readonly MetricResult[],
  questions: readonly QuestionResult[],
): number | null {
  const points: number[] = [];
  for (const item of [...metrics, ...questions]) {
    const value = RATING_POINTS[item.rating];
    if (value !== undefined) points.push(value);
  }
  return mean(points);
}

export function areaResult(
  id: AreaId,
  metrics: MetricResult[],
  questions: QuestionResult[],
  previousAreas: Partial<Record<AreaId, number | null>> | null,
): AreaResult {
  const score = areaScore(metrics, questions);
  const area: AreaResult = { id, score, rating: scoreRating(score), metrics, questions };
  if (previousAreas) area.previousScore = previousAreas[id] ?? null;
  return area;
}

/** Mean of the areas that have a score. */
export function overallScore(areas: readonly AreaResult[]): number | null {
  return mean(areas.flatMap((area) => (area.score === null ? [] : [area.score])));
}
