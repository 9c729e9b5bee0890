/** Verbs (and phrases) that report speech or writing. */
export const SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks", "replied", "replies", "wrote", "writes",
  "stated", "explained", "explains", "noted", "notes", "argued", "argues", "claimed", "claims", "insisted", "insists",
  "warned", "warns", "continued", "recalled", "posted", "tweeted", "declared", "announced", "announces", "acknowledged",
  "admitted", "admits", "conceded", "concluded", "observed", "remarked", "responded", "responds", "suggested", "suggests",
  "stressed", "emphasized", "emphasised", "urged", "urges", "predicted", "promised", "vowed", "pledged", "confirmed", "confirms",
  "denied", "denies", "denying", "contended", "maintained", "complained", "joked", "quipped", "exclaimed", "testified",
  "spoke of", "speaks of", "accused", "accuses", "called", "calls", "described", "describes", "reported", "reports",
  "thinks", "believes", "believed", "predicts", "agreed", "agrees", "countered", "cautioned", "boasted",
  "recalls", "recounted", "recounts", "answered", "answers", "retorted", "snapped", "shouted", "yelled", "whispered",
  "pleaded", "demanded", "reiterated", "underscored", "wondered", "estimated", "alleged", "disputed", "lamented",
  "grumbled", "protested", "objected", "commented", "mused", "laughed", "sighed", "scoffed", "reasoned", "texted",
  "emailed", "pointed out", "points out", "went on", "assured", "reminded", "murmured", "muttered", "bragged",
  "confessed", "confided", "mentioned", "put it", "adding", "saying", "telling", "writing",
];

const VERB_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+");
export const SPEECH_VERB = `(?:${VERB_ALT})`;

/** What may stand between a subject and its verb: "Ruiz, 44, said", "Trump, speaking to reporters, said", "Ruiz (right) said". */
export const ASIDE = String.raw`(?:,[^,"“”]{1,80},|\s*\([^()]{1,30}\))?`;

/** Words that may sit between a speaker and the verb: "Rubio earlier told", "Leavitt also said". */
export const ADVERB = String.raw`(?:also|earlier|later|then|previously|once|again|recently|repeatedly|has|had|have|had\s+previously|has\s+previously|would|will|publicly|privately|separately|first|further|quickly|flatly|simply|bluntly|reportedly)`;

/**
 * The cue as the article words it: the verb plus its audience or channel when one follows
 * ("told reporters", "said in a Telegram post", "told the cameras").
 */
export function cueAt(text: string, verbStart: number): string {
  const rest = text.slice(verbStart);
  const verb = new RegExp(`^${SPEECH_VERB}`).exec(rest);
  if (!verb) return "";
  let cue = verb[0].replace(/\s+/g, " ");
  const after = rest.slice(verb[0].length);
  if (/^(?:told|tells|tell|asked|asks|urged|warned|accused)$/i.test(cue)) {
    const audience = /^\s+((?:[\p{L}’'-]+\s+){1,6}?)that\b/u.exec(after);
    if (audience) return `${cue} ${audience[1]!.trim()}`;
    const object = /^\s+((?:the\s+|a\s+|an\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?)(?=\s*[.,;:!?"“”]|\s+(?:on|in|at|after|before|during|about|of|last|this|while|when|as)\b|\s*$)/u.exec(after);
    if (object && !/^\s+that\b/i.test(after)) cue += ` ${object[1]!.replace(/\s+/g, " ")}`;
    return cue;
  }
  const channel = /^\s+((?:in|on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:post|statement|interview|video|speech|address|tweet|message|letter|briefing|conference|email|op-ed|podcast|broadcast|appearance|call|remarks|report|note|memo|session|hearing|show))\b/u.exec(after);
  if (channel) cue += ` ${channel[1]!.replace(/\s+/g, " ")}`;
  return cue;
}
