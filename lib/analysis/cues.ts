/** Verbs (and phrases) that report speech or writing. */
const SPEECH_VERBS = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "tell",
  "added",
  "adds",
  "asked",
  "asks",
  "replied",
  "replies",
  "wrote",
  "writes",
  "stated",
  "explained",
  "explains",
  "noted",
  "notes",
  "argued",
  "argues",
  "claimed",
  "claims",
  "insisted",
  "insists",
  "warned",
  "warns",
  "continued",
  "recalled",
  "posted",
  "tweeted",
  "declared",
  "announced",
  "announces",
  "acknowledged",
  "admitted",
  "admits",
  "conceded",
  "concluded",
  "observed",
  "remarked",
  "responded",
  "responds",
  "suggested",
  "suggests",
  "stressed",
  "emphasized",
  "emphasised",
  "urged",
  "urges",
  "predicted",
  "promised",
  "vowed",
  "pledged",
  "confirmed",
  "confirms",
  "denied",
  "denies",
  "denying",
  "contended",
  "maintained",
  "complained",
  "joked",
  "quipped",
  "exclaimed",
  "testified",
  "spoke of",
  "speaks of",
  "accused",
  "accuses",
  "called",
  "calls",
  "described",
  "describes",
  "reported",
  "reports",
  "thinks",
  "believes",
  "believed",
  "predicts",
  "agreed",
  "agrees",
  "countered",
  "cautioned",
  "boasted",
  "recalls",
  "recounted",
  "recounts",
  "answered",
  "answers",
  "retorted",
  "snapped",
  "shouted",
  "yelled",
  "whispered",
  "pleaded",
  "demanded",
  "reiterated",
  "underscored",
  "wondered",
  "estimated",
  "alleged",
  "disputed",
  "lamented",
  "grumbled",
  "protested",
  "objected",
  "commented",
  "mused",
  "laughed",
  "sighed",
  "scoffed",
  "reasoned",
  "texted",
  "emailed",
  "pointed out",
  "points out",
  "went on",
  "assured",
  "reminded",
  "murmured",
  "muttered",
  "bragged",
  "confessed",
  "confided",
  "mentioned",
  "put it",
  "adding",
  "saying",
  "telling",
  "writing",
];

const VERB_ALT = [...SPEECH_VERBS]
  .sort((a, b) => b.length - a.length)
  .join("|")
  .replace(/ /g, "\\s+");
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
    const object =
      /^\s+((?:the\s+|a\s+|an\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?)(?=\s*[.,;:!?"“”]|\s+(?:on|in|at|after|before|during|about|of|last|this|while|when|as)\b|\s*$)/u.exec(
        after,
      );
    if (object && !/^\s+that\b/i.test(after)) cue += ` ${object[1]!.replace(/\s+/g, " ")}`;
    return cue;
  }
  const channel =
    /^\s+((?:in|on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:post|statement|interview|video|speech|address|tweet|message|letter|briefing|conference|email|op-ed|podcast|broadcast|appearance|call|remarks|report|note|memo|session|hearing|show))\b/u.exec(
      after,
    );
  if (channel) cue += ` ${channel[1]!.replace(/\s+/g, " ")}`;
  return cue;
}

/**
 * What a reporting cue takes after it: a clause ("said (that) …", "a poll found …"), an
 * infinitive ("wants to …", "declined to comment"), an object ("endorsed …", "called for …");
 * `audience`: the verb may name who was told before the content ("told reporters …", "urged
 * voters to …").
 */
export type ReportCue = { clause: boolean; to: boolean; np: boolean; audience: boolean };

/** Base forms and their inflections, written out (irregular ones included): "say says said saying". */
const CLAUSE_CUES = `say says said saying | add adds added adding | note notes noted noting | argue argues argued arguing
  claim claims claimed claiming | believe believes believed believing | think thinks thought thinking
  warn warns warned warning | insist insists insisted insisting | deny denies denied
  acknowledge acknowledges acknowledged acknowledging | suggest suggests suggested suggesting
  announce announces announced announcing | report reports reported reporting | explain explains explained explaining
  predict predicts predicted predicting | estimate estimates estimated estimating | contend contends contended contending
  maintain maintains maintained maintaining | assert asserts asserted asserting | allege alleges alleged alleging
  concede concedes conceded conceding | admit admits admitted admitting | write writes wrote writing written
  tweet tweets tweeted tweeting | post posts posted posting | declare declares declared declaring
  stress stresses stressed stressing | emphasize emphasizes emphasized emphasizing | emphasise emphasises emphasised emphasising
  recall recalls recalled recalling | complain complains complained complaining | worry worries worried worrying
  fear fears feared fearing | hope hopes hoped hoping | feel feels felt feeling | agree agrees agreed agreeing
  conclude concludes concluded concluding | find finds found finding | show shows showed showing
  indicate indicates indicated indicating | reveal reveals revealed revealing | confirm confirms confirmed confirming
  stated | testify testifies testified testifying | promise promises promised promising
  vow vows vowed vowing | pledge pledges pledged pledging | boast boasts boasted boasting | brag brags bragged bragging
  joke jokes joked joking | speculate speculates speculated speculating | wonder wonders wondered wondering
  reply replies replied replying | respond responds responded responding | counter counters countered countering
  charge charges charged charging | caution cautions cautioned cautioning | observe observes observed observing
  remark remarks remarked remarking | reason reasons reasoned reasoning | imply implies implied implying
  hint hints hinted hinting | reiterate reiterates reiterated reiterating 
  learn learns learned learnt | recognize recognizes recognized recognizing | doubt doubts doubted doubting
  dispute disputes disputed disputing | mention mentions mentioned mentioning | swear swears swore sworn
  expect expects expected expecting | recount recounts recounted recounting | muse muses mused | opine opines opined
  proclaim proclaims proclaimed | theorize theorizes theorized | posit posits posited | reckon reckons reckoned
  suspect suspects suspected | guess guesses guessed | demand demands demanded demanding | propose proposes proposed proposing
  recommend recommends recommended recommending | warn warns warned | rule rules ruled | decide decides decided
  determine determines determined | know knows knew | understand understands understood | point\\s+out points\\s+out pointed\\s+out pointing\\s+out
  tell tells told telling | assure assures assured assuring | remind reminds reminded reminding | inform informs informed informing
  convince convinces convinced | persuade persuades persuaded | ask asks asked asking  `;
/** Cues that name an audience before the content: "told reporters", "urged voters to". */
const AUDIENCE_CUES = `tell tells told telling | assure assures assured assuring | remind reminds reminded reminding
  inform informs informed informing | convince convinces convinced | persuade persuades persuaded | ask asks asked asking
  warn warns warned warning | urge urges urged urging | promise promises promised
  called\\s+on calls\\s+on calling\\s+on | press presses pressed pressing | encourage encourages encouraged encouraging
  implore implores implored | beg begs begged`;
/** Cues followed by an infinitive: "wants to", "declined to comment". */
const TO_CUES = `want wants wanted wanting | plan plans planned planning | decline declines declined declining
  refuse refuses refused refusing | hope hopes hoped hoping | expect expects expected | promise promises promised promising
  vow vows vowed vowing | pledge pledges pledged pledging | agree agrees agreed agreeing | seek seeks sought seeking
  threaten threatens threatened threatening | intend intends intended | offer offers offered offering | urge urges urged urging`;
/** Cues followed by an object: "endorsed X", "called for X". */
const NP_CUES = `endorse endorses endorsed endorsing | criticize criticizes criticized criticizing | criticise criticises criticised criticising
  praise praises praised praising | support supports supported supporting | oppose opposes opposed opposing | back backed backing
  reject rejects rejected rejecting | dismiss dismisses dismissed dismissing | defend defends defended defending
  attack attacks attacked attacking | blame blames blamed blaming | question questions questioned questioning
  condemn condemns condemned condemning | denounce denounces denounced denouncing | slam slams slammed slamming
  blast blasts blasted blasting | welcome welcomes welcomed welcoming | applaud applauds applauded applauding
  tout touts touted touting | cite cites cited citing | mock mocks mocked mocking | accuse accuses accused accusing
  describe describes described describing | call calls called calling | call\\s+for calls\\s+for called\\s+for calling\\s+for | push\\s+for pushed\\s+for pushing\\s+for
  advocate advocates advocated advocating | champion champions championed championing  
    prefer prefers preferred | decry decries decried decrying
  lament laments lamented lamenting | deride derides derided deriding | ridicule ridicules ridiculed ridiculing
  assail assails assailed assailing | lambaste lambastes lambasted lambasting | chide chides chided chiding | rebuke rebukes rebuked rebuking
  scold scolds scolded scolding | fault faults faulted faulting  
  dispute disputes disputed disputing | deny denies denied | acknowledge acknowledges acknowledged acknowledging
  admit admits admitted | concede concedes conceded | confirm confirms confirmed | announce announces announced announcing
  propose proposes proposed proposing | recommend recommends recommended | demand demands demanded demanding
  request requests requested | seek seeks sought seeking | pledge pledges pledged | promise promises promised | predict predicts predicted
  estimate estimates estimated | highlight highlights highlighted highlighting | stress stresses stressed | emphasize emphasizes emphasized
  mention mentions mentioned mentioning | discuss discusses discussed discussing | outline outlines outlined outlining
  detail details detailed | recall recalls recalled recalling | recount recounts recounted
  characterize characterizes characterized characterizing | label labels labeled labelled labeling | dub dubs dubbed dubbing
  brand brands branded branding | portray portrays portrayed portraying | depict depicts depicted depicting
  refer\\s+to refers\\s+to referred\\s+to referring\\s+to | point\\s+to points\\s+to pointed\\s+to pointing\\s+to
  talk\\s+about talks\\s+about talked\\s+about talking\\s+about | speak\\s+about speaks\\s+about spoke\\s+about speaking\\s+about
  spoke\\s+of speaks\\s+of | complain\\s+about complained\\s+about complaining\\s+about | warn\\s+of warned\\s+of warning\\s+of
  warn\\s+about warned\\s+about | warn\\s+against warned\\s+against | worry\\s+about worried\\s+about | boast\\s+of boasted\\s+of boasted\\s+about
  joke\\s+about joked\\s+about | argue\\s+for argued\\s+for argue\\s+against argued\\s+against | comment\\s+on commented\\s+on
  insist\\s+on insisted\\s+on | hint\\s+at hinted\\s+at | allude\\s+to alluded\\s+to | respond\\s+to responded\\s+to
  express expresses expressed expressing | voice voices voiced voicing | raise\\s+concerns raised\\s+concerns | lay\\s+out laid\\s+out
  credit credits credited crediting | thank thanks thanked thanking | congratulate congratulates congratulated
  veto vetoed
  order orders ordered | ask\\s+for asked\\s+for asking\\s+for | appeal\\s+for appealed\\s+for
  see sees | view views viewed viewing | regard regards regarded
  echo echoes echoed echoing | repeat repeats repeated repeating | hail hails hailed hailing | laud lauds lauded lauding
  cheer cheers cheered cheering   
    rule\\s+out rules\\s+out ruled\\s+out ruling\\s+out
  take\\s+issue\\s+with takes\\s+issue\\s+with took\\s+issue\\s+with taking\\s+issue\\s+with
  push\\s+back\\s+against pushed\\s+back\\s+against pushing\\s+back\\s+against push\\s+back\\s+on pushed\\s+back\\s+on
  weigh\\s+in\\s+on weighed\\s+in\\s+on weighing\\s+in\\s+on | speak\\s+out\\s+against spoke\\s+out\\s+against spoke\\s+out\\s+on
  lash\\s+out\\s+at lashed\\s+out\\s+at lashing\\s+out\\s+at | take\\s+aim\\s+at takes\\s+aim\\s+at took\\s+aim\\s+at taking\\s+aim\\s+at
  hit\\s+back\\s+at hits\\s+back\\s+at | fire\\s+back\\s+at fired\\s+back\\s+at fires\\s+back\\s+at
  knock knocks knocked knocking | rip\\s+into ripped\\s+into rips\\s+into | bash bashes bashed bashing
  swipe\\s+at swiped\\s+at swipes\\s+at | downplay downplays downplayed downplaying | play\\s+down played\\s+down plays\\s+down
  shrug\\s+off shrugged\\s+off shrugs\\s+off | brush\\s+off brushed\\s+off brushes\\s+off brushed\\s+aside
  sidestep sidesteps sidestepped sidestepping | dodge dodges dodged dodging  
  dare dares dared  |  forecast forecasts forecasted
  anticipate anticipates anticipated anticipating | envision envisions envisioned envisioning | mull mulls mulled mulling
  ponder ponders pondered pondering | lobby\\s+for lobbied\\s+for lobbying\\s+for | lobby\\s+against lobbied\\s+against
  hate hates hated | regret regrets regretted regretting | deplore deplores deplored | agree\\s+with agreed\\s+with agrees\\s+with
  disagree\\s+with disagreed\\s+with disagrees\\s+with | side\\s+with sided\\s+with sides\\s+with | apologize\\s+for apologized\\s+for apologizes\\s+for
  insist\\s+on insisted\\s+on insists\\s+on | admire admires admired | trust trusts trusted | distrust distrusts distrusted
  approve\\s+of approved\\s+of approves\\s+of
  disapprove\\s+of disapproved\\s+of  |  acknowledge | concede 
  note | reference references referenced | invoke invokes invoked invoking | cite`;

const forms = (list: string) =>
  list
    .split(/[|\s]+/)
    .filter(Boolean)
    .map((f) => f.replace(/\\s\+/g, " "));
const CUE_TABLE = new Map<string, ReportCue>();
for (const [list, key] of [
  [CLAUSE_CUES, "clause"],
  [AUDIENCE_CUES, "audience"],
  [TO_CUES, "to"],
  [NP_CUES, "np"],
] as const) {
  for (const f of forms(list)) {
    const cue = CUE_TABLE.get(f) ?? { clause: false, to: false, np: false, audience: false };
    cue[key] = true;
    CUE_TABLE.set(f, cue);
  }
}
const CUE_ALT = [...CUE_TABLE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/ /g, "\\s+"))
  .join("|");

/** Reporting cues for indirect speech (a wider set than the verbs that introduce a direct quote). */
export const REPORT_CUES = {
  regex: new RegExp(`(?<![\\p{L}’'-])(${CUE_ALT})(?![\\p{L}’'-])`, "gu"),
  of: (form: string): ReportCue | null => CUE_TABLE.get(form.replace(/\s+/g, " ").toLowerCase()) ?? null,
};
