/** A school reader's pace through a news article, read closely enough to answer questions on it. */
export const READING_WORDS_PER_MINUTE = 200;
/** Reading a question, its options and the feedback, and looking back at the article. */
const MINUTES_PER_QUESTION = 1;
const FEWEST_MINUTES = 3;
/** The most a lesson may say (the same limit as the details form). */
const MOST_MINUTES = 120;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * About how long a lesson takes: reading its articles plus answering its questions. A count
 * of questions alone made a two-paragraph article with twelve suggestions a 23-minute lesson.
 */
export function estimateLessonMinutes(articles: readonly string[], questionCount: number): number {
  const words = articles.reduce((sum, body) => sum + wordCount(body), 0);
  const minutes = Math.round(words / READING_WORDS_PER_MINUTE + questionCount * MINUTES_PER_QUESTION);
  return Math.min(MOST_MINUTES, Math.max(FEWEST_MINUTES, minutes));
}
