import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The README's example queries: each journey's operation, the variables it is shown with, its full answer. */
export const JOURNEYS_DIR = path.resolve(import.meta.dirname, '../../docs/journeys');

export const JOURNEYS = ['planner', 'studio-directory', 'enterprise-profile'] as const;
export type JourneyName = (typeof JOURNEYS)[number];

/** A journey as the README shows it, and where the answer to it is kept (a vitest file snapshot). */
export function journey(name: JourneyName) {
  const file = (suffix: string) => path.join(JOURNEYS_DIR, `${name}${suffix}`);
  return {
    query: readFileSync(file('.graphql'), 'utf8'),
    variables: JSON.parse(readFileSync(file('.variables.json'), 'utf8')) as Record<string, unknown>,
    answerFile: file('.answer.json'),
  };
}

interface Answer {
  data?: unknown;
  errors?: unknown;
}

/** An answer (or a journey's pages of answers) as the client receives it, printed for its snapshot file. */
export function printAnswer(answer: Answer | Answer[]): string {
  const body = ({ data, errors }: Answer) => ({ data, errors });
  return `${JSON.stringify(Array.isArray(answer) ? answer.map(body) : body(answer), null, 2)}\n`;
}
