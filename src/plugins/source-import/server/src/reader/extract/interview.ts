/**
 * Interviews in question-and-answer form: paragraphs that open with a speaker label,
 * `Interviewer: question?` then `Name: answer`, or `Q:` / `A:`. An answer without quotation
 * marks is the interviewee's own text, not a quotation (labelling convention of the dev set:
 * "interview answers without quotation marks are not quotes"); the label names the interviewee.
 *
 * A page counts as an interview only when one label asks (every paragraph it opens ends
 * with a question mark) and another answers: a lone `Update: ...` paragraph is no interview.
 */
import type { Para } from './paras';

export interface Answer {
  para: Para;
  /** The label as written (`Dmitri Orlov`, `A`). */
  label: string;
}

/** One to four capitalized words and a colon, at the start of the paragraph. */
const LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}): (?=\S)/u;
const ASKS = /\?["”’»)]*$/;

export function findAnswers(paras: Para[]): Answer[] {
  const labelled: Answer[] = [];
  const asks = new Map<string, boolean>();
  for (const para of paras) {
    if (para.kind !== 'lead' && para.kind !== 'paragraph') continue;
    const text = para.norm.text;
    const m = LABEL.exec(text);
    if (!m) continue;
    const label = m[1];
    asks.set(label, (asks.get(label) ?? true) && ASKS.test(text));
    labelled.push({ para, label });
  }
  let askers = 0;
  let answerers = 0;
  for (const isAsking of asks.values()) if (isAsking) askers++; else answerers++;
  if (askers === 0 || answerers === 0) return [];
  return labelled.filter((x) => !asks.get(x.label));
}

/** Labels that stand for "the interviewee" rather than naming them. */
export const isAnswerLabel = (label: string) => label === 'A' || label === 'Answer';
