/**
 * Page chrome: lines that are nothing but the page around an article (share rows, comment
 * widgets, "Advertisement", "Read more …", news-database markers such as "ABSTRACT." and "FULL
 * TEXT.", copyright notices). One rule, shared by the import cleaner, which removes such lines,
 * and the question suggester, which never offers one as a sentence or cites it as evidence.
 */
const CHROME_LINE = new RegExp(
  `^(?:${[
    String.raw`subscribe(?: now| to .*)?`,
    String.raw`sign (?:up|in)(?: .*)?`,
    String.raw`log ?in`,
    String.raw`share(?: this(?: article| story| post)?)?(?: on .*)?`,
    String.raw`notify of`,
    String.raw`guest`,
    String.raw`\d+ comments?`,
    String.raw`comments?(?: \(\d+\))?`,
    String.raw`oldest`,
    String.raw`newest(?: most voted)?`,
    String.raw`most voted`,
    String.raw`inline feedbacks`,
    String.raw`view all comments`,
    String.raw`would love your thoughts.*`,
    String.raw`read more.*`,
    String.raw`related(?: articles| stories| posts)?`,
    String.raw`advertisement`,
    String.raw`tags?: .*`,
    String.raw`topics?: .*`,
    String.raw`follow us.*`,
    String.raw`x`,
    String.raw`\(\)`,
    String.raw`\d+`,
    String.raw`[\d,]+ (?:out of|of) [\d,]+`,
    String.raw`print`,
    String.raw`email`,
    String.raw`copy link`,
    String.raw`(?:facebook|twitter|linkedin|whatsapp|telegram|reddit)(?:\s+(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|email))*`,
    String.raw`skip to (?:main )?content`,
    String.raw`menu`,
    String.raw`search`,
    String.raw`home`,
    String.raw`cookie.*`,
    String.raw`accept(?: all)?(?: cookies)?`,
    // Markers of news databases (ProQuest, Nexis) around the article they export, and their notice.
    String.raw`abstract[.:]?`,
    String.raw`full text[.:]?`,
    String.raw`end of document`,
    String.raw`length: [\d,]+ words`,
    String.raw`load-date: .*`,
    String.raw`(?:copyright|©)\s*(?:©\s*|\(c\)\s*)?\d{4}\b.*`,
    String.raw`(?:\S+ ){0,14}all rights reserved\.?`,
    // Credit and follow lines under the text.
    String.raw`[-—–\s]*(?:additional )?reporting (?:by|from) (?:\S+ ?){1,6}`,
    String.raw`follow (?:\S+ ){1,4}on (?:twitter|x|facebook|instagram)(?: \S+)?`,
  ].join("|")})$`,
  "i",
);

/** Whether a line (or a sentence standing as one) is page chrome, whitespace aside. */
export function isPageChrome(line: string): boolean {
  return CHROME_LINE.test(line.replace(/\s+/g, " ").trim());
}

/** The database marker that opens an abstract, and the one that opens the article after it. */
export const ABSTRACT_MARKER = /^abstract[.:]?$/i;
export const FULL_TEXT_MARKER = /^full text[.:]?$/i;
