/**
 * Page furniture wire.ts's chrome rules do not know, line by line. What a video or podcast description puts under
 * its copy: the channel's links, one a line ("Subscribe: https://…", "Facebook: https://…", "Like us on Facebook ►
 * https://…"), a "Follow us:" heading over them and a row of hashtags (wire.ts drops prompts written as sentences;
 * a label with a link after it is none, and stayed). And what a player or a topic bar leaves once a feed stripped
 * its markup: "Your browser does not support the video tag.", "Trending Topics: Budget | Elections"; what link
 * aggregators put where copy would be; podcast hosts' ad-choice and privacy notices; a republisher's note on where the story ran first; an ad script's statement
 * left as text; WordPress's "Continue reading →" run into the last paragraph; Medium's footer under a publication's post.
 */

import { isKnownPlace, isKnownRegion } from './places.js';

const PLATFORMS = String.raw`facebook|twitter|x|instagram|telegram|whatsapp|linkedin|threads|koo|sharechat|snapchat|pinterest|tiktok|youtube|google news|spotify|apple podcasts|patreon|discord|ko-fi|buy me a coffee`;

/** Who or what a link line's label names: a prompt ("Subscribe to The Hindu"), a platform or the outlet's site. */
const PROMPT_LABEL = new RegExp(
  String.raw`^(?:` +
    String.raw`(?:subscribe|(?:follow|like|join|find) (?:us|our)|connect with us|download (?:the |our )?[^.!?]{0,30}\bapp|visit (?:us|our)|stay (?:connected|updated|tuned)|for more (?:videos|updates|news|stories))\b[^.!?]{0,60}` +
    // "Follow NDTV on X", not "Follow the debate at": a platform must be named.
    String.raw`|follow [^.!?]{1,40} on (?:${PLATFORMS})` +
    // A link to the story's video or podcast elsewhere: "Watch the full video here: https://…".
    String.raw`|(?:watch|listen to) (?:the )?(?:full )?(?:video|interview|episode|podcast|show)(?: here)?` +
    // A plea for the channel's upkeep: "Support the channel: https://www.patreon.com/…", "Become a member".
    String.raw`|(?:support (?:the |our |this |my )?(?:channel|show|podcast|us|our work|my work)|become a (?:patron|member|supporter)|donate)` +
    String.raw`|(?:our |official )?(?:website|web|site|fb|insta|android|ios|app|e-?paper|podcast|newsletter|${PLATFORMS})(?: (?:page|channel|app|handle|account|profile|group))?` +
    String.raw`)$`,
  'iu',
);
/** A label, a separator (a colon, a dash, an arrow or a pointing hand: "►", "➜", "👉"), then one link and nothing after it. */
const LINK_LINE = /^(.{1,80}?)[\p{S}\p{P}\p{M}\s]*(?:https?:\/\/|www\.)\S+$/u;
/** What descriptions put before a label: "👉 Subscribe", "► Facebook", "🌐 Website". */
const LEADING_SYMBOLS = /^[\p{S}\p{P}\p{M}\s]+/u;
/** A heading over the channel's links: "Follow us:", "Connect with us:", "Social media links:". */
const LINKS_HEADING = /^(?:follow us|connect with us|stay connected(?: with us)?|find us|social media(?: links| handles)?|our social media(?: handles)?)\s*:$/i;
const HASHTAGS = /^#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*$/u;
/** Longer is copy, whatever it starts with. */
const MAX_PROMPT = 200;

/** A player's fallback text, printed where it cannot play (the <video> around it gone). */
const PLAYER_FALLBACK = /^(?:(?:sorry, )?your (?:web )?browser does not support (?:the |html5 )?(?:video|audio|iframes?|embedded)\b|(?:please )?enable javascript to (?:view|watch|play)\b|to view this video,? please enable javascript\b)[^.!]{0,60}[.!]?$/i;
/**
 * A bar of topic links over or under the copy: "Trending Topics: Budget 2026 | Elections". Links end in no full stop: "Trending now:
 * Investors are moving into gold, dealers said." is a sentence of the copy after its label, and stays.
 */
const TOPIC_BAR = /^(?:trending|hot|popular|top) (?:topics|tags|now|searches)\s*[:|](?![^|]*[.!?]["”’]?$)/i;

/**
 * What link aggregators write under an item in place of copy: Hacker News' "Article URL: …", "Comments URL: …",
 * "Points: 120", "# Comments: 45"; a "Comments" link alone (Hacker News, Lobsters); Slashdot's "Read more of this
 * story at Slashdot."; Discourse's count under a topic's first post, "12 posts - 7 participants", and its "Read full topic" link;
 * Lemmy's "42 points | 7 comments" on a line of its own; phpBB's line under each post of its Atom feed, "Statistics: Posted by nell — Fri
 * Nov 27, 2026 10:05 am" (a topic's with "— Replies 3 — Views 120" after it).
 */
const AGGREGATOR_LINE = /^(?:(?:article|comments) url:\s*\S+|points:\s*\d+|# comments:\s*\d+|comments?(?: \(\d+\))?|\d+ comments?|read more of this story at slashdot\.?|\d{1,6} posts? [-–—] \d{1,6} participants?|read full topic|\d{1,6} points?\s*\|\s*\d{1,6} comments?|statistics: posted by [^—–|]{1,60} [—–] [^.!?]{5,80})$/i;

/**
 * A republisher's note on where the story ran first: The Conversation's "This article is republished from The
 * Conversation under a Creative Commons license. Read the original article.", "This article originally appeared
 * on Scroll.in.", "This story was first published on The Wire.".
 */
const REPUBLISHED = /^\(?(?:this (?:article|story|piece|post|report|op-ed|column) (?:is|was|has been) (?:republished|reproduced|syndicated|reprinted) (?:from|with)\b.{0,200}|this (?:article|story|piece|post|report|op-ed|column) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in|at|by)\b(?!\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))(?!\s+the (?:\d|year|decade|spring|summer|autumn|winter|early|late|mid)).{0,120})\)?$/i;
/** Two credits in one line, past tense: "Reported by Asha Rao; Edited by Vikram Singh" (wire.ts reads Reuters' "Reporting by"). */
const DESK_CREDITS = /^\(?(?:reported|written|edited|compiled|produced|translated) by [^;()]{1,60}(?:;\s*(?:and )?(?:reported|written|edited|compiled|produced|translated) by [^;()]{1,60})+\.?\)?$/i;
/**
 * A newsletter's box under an issue (Beehiiv's, Substack's): "Thanks for reading The Monsoon Letter! Forward it to a friend who farms.",
 * "Thanks for reading Civic Notes! Subscribe for free to receive new posts.", and the thanks alone ("Thanks for reading!", Kit's). The newsletter is named (capitalised words, so no `i`:
 * "Thanks for reading the bill before the vote, the Speaker told members." is copy), then at most a plea to pass it on or sign up.
 */
const THANKS_FOR_READING = /^(?:[Tt]hanks|[Tt]hank you) for reading (?:[Tt]he )?\p{Lu}[\p{L}\d'’&.-]*(?: (?:of |the |& )?\p{Lu}[\p{L}\d'’&.-]*){0,5}[!.](?:\s+(?:[Ff]orward|[Ss]hare|[Ss]ubscribe|[Ss]ign up|[Pp]ass)\b[^.!?]{0,120}[.!]?)?$|^(?:[Tt]hanks|[Tt]hank you)(?: so much)? for reading[!.]?$/u;
/**
 * A newsletter's plug the wire rules do not word: "Get our free daily newsletter", "Get Swarajya in your inbox."; an outlet's appeal
 * for readers' money under its copy, ending in its button ("Swarajya needs your support to keep telling stories that matter. Become a
 * subscriber.") or describing itself as reader-funded ("Newslaundry is a reader-supported, ad-free … Support their journalism, here.").
 * An appeal that ends in no button or plea is copy ("Kerala needs your support to rebuild, the chief minister said.").
 * FURNITURE joins this with the others under the `i` flag alone: no \p{…} classes here.
 */
const NEWSLETTER_PLUG = /^(?:(?:get|receive) (?:our|the) (?:free )?(?:\S+ ){0,3}newsletters?\b.{0,80}|get [\w.'’ -]{1,40} (?:delivered )?(?:in|to) your inbox[.!]?|[\w.'’ -]{1,40} needs your support\b.{0,160}\b(?:become a (?:subscriber|member|supporter)|subscribe (?:now|today)|contribute (?:now|today)|support us)[.!]?|[\w.'’ -]{1,40} is an? (?:[\w-]+,? ){0,4}(?:reader|subscriber|member)-(?:supported|funded)\b.{0,160}[.!]\s+(?:please )?support (?:their|our|its|us)\b[^.!?]{0,30}[.!]?)$/i;

/**
 * An ad script's statement left as text where a feed dropped the <script> tags but not what they held:
 * "(adsbygoogle = window.adsbygoogle || []).push({});", "googletag.cmd.push(function() { … });".
 */
const SCRIPT_LINE = /^(?:\(\s*adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\[\]\s*\)\.push\(|googletag\.(?:cmd\.push|display|pubads)\(|window\._?taboola\s*=|_taboola\.push\().{0,150}[;)]$/;

/**
 * Podcast hosts' notices under every episode's description: Megaphone's "Learn more about your ad choices. Visit
 * megaphone.fm/adchoices", Acast's "Hosted on Acast. See acast.com/privacy for more information.", Omny's "See
 * omnystudio.com/listener for privacy information.", Art19's "Privacy & Opt-Out: https://…".
 */
const PODCAST_NOTICE_PART = String.raw`(?:learn more about your ad[- ]?choices\.?\s+visit\s+\S+?|hosted on acast\.\s+see acast\.com\/privacy for more information|see [\w./-]+ for privacy information|privacy (?:&|and) opt-out:\s*\S+?)\.?`;
const PODCAST_NOTICE = new RegExp(String.raw`^(?:${PODCAST_NOTICE_PART}\s*)+$`, 'i');
/** … and the same run into the description's last sentence by a feed that joined its paragraphs. */
const PODCAST_NOTICE_TAIL = new RegExp(String.raw`(?<=[.!?"”’)])(?:\s+${PODCAST_NOTICE_PART})+$`, 'i');

/**
 * A newsletter platform's paywall box under a paid post's free part, as Substack, Ghost and Beehiiv print it in the feed's
 * copy: "Keep reading with a 7-day free trial", "This post is for paid subscribers", "Start trial", "Already a paid
 * subscriber? Sign in", "Subscribe to The India Brief to keep reading this post …", "Upgrade to paid". Each line alone is
 * the box; the free part above it is the story's copy.
 */
const PAYWALL_BOX = /^(?:keep reading with an? (?:\d+|seven|free)[- ]day (?:free )?trial|this (?:post|article|story|issue) is (?:only )?for (?:paid |paying )?(?:subscribers|members)(?: only)?[.!]?|start (?:your )?(?:\d+-day )?(?:free )?trial|already (?:a paid subscriber|a paying subscriber|a member|have an account)\? ?sign in[.!]?|subscribe to [\w.'’& -]{1,60} to (?:keep reading|read the rest)\b.{0,160}|upgrade to paid(?: to (?:keep reading|read the rest)\b.{0,60})?[.!]?)$/i;

/** The apps a show is heard on, as its description lists them. */
const LISTENING_APPS = String.raw`(?:apple podcasts|spotify|google podcasts|youtube(?: music)?|amazon music|audible|pocket casts|overcast|castbox|castro|stitcher|iheart(?:radio)?|tunein|deezer|jiosaavn|gaana|podcast addict)`;
/**
 * A show's plea to be heard on the apps, under an episode's description: "Subscribe on Apple Podcasts, Spotify or wherever you get
 * your podcasts.", "Listen on Apple Podcasts | Spotify | Google Podcasts", "Listen and subscribe: Apple Podcasts, Spotify, YouTube",
 * "Follow The Big Story on Spotify, Apple Podcasts or wherever you listen." The line ends on the apps (or "wherever you …"): "Listen
 * on Spotify, the company said, to the new album." is copy.
 */
const LISTEN_ON_APPS = new RegExp(
  String.raw`^(?:subscribe|listen|follow)(?: (?:and|&|or) (?:subscribe|listen|follow))?(?: to)?[^.!?:|]{0,60}?(?: (?:on|in|via|at)|:)\s*` +
    String.raw`${LISTENING_APPS}(?:\s*(?:,|\||/|·|•|\bor\b|\band\b|&)\s*${LISTENING_APPS})*(?:,?\s*(?:or|and) wherever you (?:get your podcasts|listen))?[.!]?$` +
    String.raw`|^(?:subscribe|listen|follow)\b[^.!?]{0,80}\bwherever you (?:get your podcasts|listen(?: to podcasts)?)[.!]?$`,
);

/**
 * A newsletter's footer, as Beehiiv, Buttondown, ConvertKit and Mailchimp print it in the issue's feed copy: its row of links
 * ("Subscribe | Unsubscribe", "View in browser · Manage subscription"), "Unsubscribe" or "Manage your subscription" alone,
 * "Update your email preferences or unsubscribe here", "Was this email forwarded to you? Sign up here." (Beehiiv's "Forwarded this
 * email? Subscribe here for more"), "View in browser" alone, and a thanks with no
 * newsletter named but a plea to pass it on ("Thanks for reading! Forward this to a friend."). Every one a line of its own.
 */
const MAILING_LINK = String.raw`(?:subscribe|unsubscribe|sign up|view (?:this (?:email|issue) |it )?(?:in|on) (?:your |the )?(?:browser|web)|manage (?:your )?(?:subscription|preferences)|update (?:your )?(?:email )?preferences|(?:email )?preferences|forward (?:this|it) to a friend|share|privacy policy|archive)`;
const MAILING_FOOTER = new RegExp(
  String.raw`^(?:${MAILING_LINK}(?:\s*[|·•]\s*${MAILING_LINK})+` +
    String.raw`|unsubscribe(?: here)?[.!]?|manage (?:your )?(?:subscription|(?:email )?preferences)[.!]?` +
    String.raw`|(?:update|manage|change) your (?:email |subscription |newsletter )?(?:preferences|settings|subscription)\b[^.!?]{0,40}\bunsubscribe\b[^.!?]{0,30}[.!]?` +
    String.raw`|(?:was this (?:email |newsletter |issue )?forwarded to you|did (?:someone|a friend) forward (?:you )?this(?: (?:email|newsletter|issue))?(?: to you)?|forwarded this (?:email|newsletter|issue))\?\s*(?:sign up|subscribe|get (?:it|your own)|join)\b[^.!?]{0,60}[.!]?` +
    // Beehiiv's and Mailchimp's link to the issue's web copy, alone on its line.
    String.raw`|view (?:this (?:email|issue|newsletter) |it )?(?:in|on) (?:your |the |a )?(?:browser|web)[.!]?|view (?:this (?:email|issue) )?online[.!]?` +
    String.raw`|(?:thanks|thank you) for reading[.!]\s+(?:please )?(?:forward|share|pass)\b[^.!?]{0,120}[.!]?)$`,
);

/**
 * The same row of links under the sender's postal address, as Kit (ConvertKit) ends every issue and its web archive's feed keeps it:
 * "123 Main Street, Springfield<br>Unsubscribe · Preferences", one paragraph once the line break is read. A short paragraph that ends in
 * such a row is the footer; "… said on Friday. Subscribe" is not a row.
 */
const MAILING_ROW_TAIL = new RegExp(String.raw`(?:^|\s)${MAILING_LINK}(?:\s*[|·•]\s*${MAILING_LINK})+$`, 'i');

/**
 * Drupal 7's line over a node's copy, "Submitted by admin on Fri, 11/27/2026 - 10:05" (its default date format; a site's own, "on
 * November 27, 2026 - 10:05am", too): the CMS's, naming its account and the time the item's date gives. Alone on its line.
 */
const DRUPAL_SUBMITTED = String.raw`submitted by \S[^.!?]{0,60}? on (?:[a-z]{3,9},? )?(?:\d{1,2}/\d{1,2}/\d{4}|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9},? \d{4})(?:\s*[-–—,]?\s*\d{1,2}:\d{2}(?:\s?[ap]m)?)?`;

/**
 * A teaser's link to the story written as a plea to click, as Indian and Sri Lankan CMSs end their descriptions: "Click here
 * to read more", "Click here for more details", "Click here to read the full story", and a bare "MORE.." or "More »" (Ada
 * Derana's). On a line of its own, or run into the last paragraph after a sentence's end; "Click here to register, the
 * commission said." is copy.
 */
const CLICK_FOR_MORE = String.raw`click here (?:to (?:read|know|see|find out) more|for more(?: details| information| news| updates)?|to read (?:the )?(?:full|whole|complete) (?:story|article|report|news))[.!]?|more\s*(?:\.{2,3}|…|»|›)`;
const MORE_LINE = new RegExp(String.raw`^(?:${CLICK_FOR_MORE})$`);

/**
 * A link to a file, its label and size alone on a line, as government sites (India's S3WaaS ministries, PIB) put a
 * release's PDF under its summary: "View (256 KB)", "Download PDF (1.2 MB)", "Hindi [PDF, 340 KB]". The file is no copy.
 */
const FILE_LINK = /^[^\d()[\].!?:;]{0,40}[([]\s*(?:(?:pdf|docx?|xlsx?|pptx?|odt|zip|jpe?g|png)\s*[,:-]?\s*)?\d+(?:[.,]\d+)?\s*(?:kb|mb|gb|bytes)\s*[)\]]$/i;

/**
 * A newsletter's sponsor, as Substack's, Beehiiv's and Morning Brew's kind print it in the issue: "This newsletter is sponsored by
 * Acme Bank." (with the sponsor's pitch after it in the same paragraph), "Today’s issue is brought to you by Acme.", and a
 * label alone on a line: "SPONSORED", "Presented by Acme Bank", "Together with Acme", "In partnership with Acme", "A word from our
 * sponsor", Letterhead's "PROMOTION", "Paid post", "Partner content". The label is short and no sentence ("Presented by the city council, the festival opens on Friday." is copy, and
 * "The team is sponsored by a local bank, the coach said." names no issue).
 */
const SPONSOR_LINE = /^(?:(?:this|today['’]s|this week['’]s) (?:newsletter|issue|edition|email|episode|post|briefing|digest|week['’]s issue)(?: of [\w.'’& -]{1,40})? (?:is|was) (?:sponsored|presented|brought to you|supported|powered|made possible) by\b.{1,160}|(?:sponsored|presented|brought to you|powered|supported) by [^.!?,;:]{1,50}[.!]?|(?:together|in partnership) with [^\s.!?,;:]+(?: [^\s.!?,;:]+){0,4}[.!]?|(?:an? )?(?:word|message|note) from (?:our|today['’]s|this week['’]s) sponsors?[.:!]?|(?:from )?our sponsors?[.:!]?|sponsor(?:ed)?(?: (?:content|post|message|section))?[.:!]?|(?:promotion|promoted|paid (?:post|content|promotion|partnership)|partner content)[.:!]?)$/i;

/**
 * A paragraph a sponsor's label opens, the pitch run in after it: Substack's "**Today’s sponsor: Acme Bank.** Acme makes …", a podcast's
 * show notes' "Sponsored by Acme. Use code BRIEF for 20% off …", "SPONSOR: …", "A word from our sponsor: …", and "This post is
 * sponsored by Acme Bank, which …" however long its pitch (SPONSOR_LINE takes the short ones). The label must end where its name does
 * ("Sponsored by the state government, the scheme will …" is copy): with a colon, a dash, or a full stop and a sentence after it.
 */
const SPONSOR_LEAD = /^(?:(?:today['’]s|this (?:week|issue|episode|edition|newsletter)['’]s) sponsors?\s*(?:is\b|[:–—-])|our sponsors?\s*[:–—-]|sponsor(?:ed)?(?: by [^.!?,;:]{1,50})?\s*[:|–—]|(?:sponsored|presented|brought to you) by [^.!?,;:]{1,50}[.!]\s+\p{Lu}|(?:an? )?(?:word|message|note) from (?:our|today['’]s|this week['’]s) sponsors?\b[^.!?:]{0,40}[:–—]|(?:this|today['’]s|this week['’]s) (?:newsletter|issue|edition|email|episode|post|briefing|digest)(?: of [\w.'’& -]{1,40})? (?:is|was) (?:sponsored|presented|brought to you|supported|made possible) by\b)/iu;
/** Longer is an article, whatever it opens with. */
const MAX_SPONSOR_PARAGRAPH = 1_200;
/**
 * A pitch's call to act, as its last sentence or its button: "Try it free for 30 days.", "Apply now →", "Open an account at …", "Use code
 * BRIEF for 20% off". Imperatives only: "Sign up opens on Monday, the ministry said." is copy.
 */
const CALL_TO_ACT = /(?:^|[.!?]\s+)(?:(?:apply|sign up|register|subscribe|join|shop|buy|order|book|download|get started|start) (?:now|today|for free|free)\b|try (?:it|\p{Lu}[\w.]*|\w+ free) (?:free|for free|today|now)\b|try it free\b|(?:learn|find out|read) more (?:at|here|today)\b|start (?:your|a) free trial\b|use (?:the )?(?:promo |discount )?code \S+|(?:open|create) (?:an|your) account\b|book (?:a|your) (?:demo|call)\b|claim (?:your|it)\b|get (?:yours|it|started) (?:now|today|here|at)\b|get (?:a|your) (?:free )?quote\b|check (?:it|them) out\b)[^.!?]{0,80}[.!→»›]?\s*(?:→|»|›)?$/iu;
/** How many paragraphs a sponsor's pitch runs under its label: its copy and its button. */
const MAX_PITCH = 2;

/**
 * Copy a sponsor's label can be read into: an edition of something other than the newsletter ("This edition of the festival was supported
 * by the state tourism department."), and a sentence whose dash opens an aside the next dash closes ("Our sponsors — two local firms —
 * have stood by us, the captain said.", "Sponsored by the tourism department — and by three hotel chains — the fair drew record crowds.").
 */
const EDITION_OF_COPY = /^(?:[Tt]his|[Tt]oday['’]s|[Tt]his week['’]s) [\w'’]+(?: [\w'’]+)? of (?!(?:the |a |an |this |our |my )?(?:newsletter|briefing|digest|podcast|show|letter|bulletin|email))(?:the |a |an |this )?\p{Ll}/u;
const DASHED_ASIDE = /^[^–—:.!?]{1,80}\s[–—]\s[^–—.!?]{1,120}\s[–—]\s/u;

/**
 * A sponsor's label names its sponsor, in capitals ("Presented by Acme Bank", "Sponsored by the Acme Foundation"); words in lower case
 * after "by", before the label's first full stop, make it a sentence of copy ("Presented by Finance Minister Nirmala Sitharaman on
 * Saturday.", "Supported by two tugs."); a pitch after the stop is the sponsor's ("Sponsored by Acme. Use code BRIEF …").
 */
const BY_IN_A_SENTENCE = /^(?:[Ss]ponsored|[Pp]resented|[Pp]owered|[Ss]upported) by (?:[^\s.!?]+ )*?(?!(?:the|and|of|for|&)\b)\p{Ll}/u;
/** Copy that ends on who said it: "Have a tip? Call the police on 100, the commissioner said." */
const SAID_TAIL = /,\s[^,]{2,60}\s(?:said|says|told reporters|added)\.?$/u;

function isSponsorCopy(p: string): boolean {
  return EDITION_OF_COPY.test(p) || DASHED_ASIDE.test(p) || BY_IN_A_SENTENCE.test(p);
}

function isSponsorLead(p: string): boolean {
  return p.length <= MAX_SPONSOR_PARAGRAPH && SPONSOR_LEAD.test(p) && !isSponsorCopy(p);
}

/** The sponsor a label alone names: "Acme" of "Presented by Acme", "ACME BANK" of "SPONSORED BY ACME BANK", "Acme" of "Together with Acme". */
const LABEL_SPONSOR = /^(?:(?:sponsored|presented|brought to you|powered|supported) by|(?:together|in partnership) with)\s+(?:the\s+)?([^.!?,;:]{2,50}?)[.!]?$/i;

/** Whether `p` names `sponsor` (its words in order, whatever their case): "Acme puts invoices …", "Acme Bank's business account …". */
function namesSponsor(p: string, sponsor: string): boolean {
  const words = sponsor.trim().split(/\s+/).map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  return new RegExp(String.raw`(?<![\p{L}\d])${words.join(String.raw`\s+`)}(?![\p{L}\d])`, 'iu').test(p);
}

/**
 * Without a newsletter's sponsor paragraphs: one a sponsor's label opens, and the pitch under a label alone on its line ("SPONSORED BY
 * ACME", "Presented by Acme"), down to its call to act within two paragraphs. A label that names its sponsor with no call to act under
 * it still heads its pitch when the paragraph under it names the sponsor ("Presented by Acme", then "Acme puts invoices, payroll and taxes
 * in one place …"): that paragraph goes with it. Under a label with neither (a story's copy: "Together with Acme", then "Parliament meets
 * on Monday …"), only the label goes, as a line of furniture.
 */
function withoutSponsorPitches(paragraphs: string[]): string[] {
  const drop = paragraphs.map(isSponsorLead);
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const label = paragraphs[i]!;
    if (!(label.length <= MAX_PROMPT && SPONSOR_LINE.test(label)) || isSponsorCopy(label)) continue;
    let end = paragraphs.slice(i + 1, i + 1 + MAX_PITCH).findIndex((p) => p.length <= MAX_SPONSOR_PARAGRAPH && CALL_TO_ACT.test(p));
    const sponsor = LABEL_SPONSOR.exec(label)?.[1];
    const next = paragraphs[i + 1]!;
    if (end < 0 && sponsor && next.length <= MAX_SPONSOR_PARAGRAPH && namesSponsor(next, sponsor)) end = 0;
    for (let j = i; end >= 0 && j <= i + 1 + end; j++) drop[j] = true;
  }
  return drop.includes(true) ? paragraphs.filter((_, i) => !drop[i]) : paragraphs;
}

/**
 * A paragraph of pictographs alone: a callout card's icon (Ghost's "kg-callout-emoji", Notion's and Beehiiv's callouts) set apart from
 * the callout's text. Beside copy, no copy of its own.
 */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0f\u20e3\s])+$/u;

/** A paragraph that may be a sponsor's (withoutSponsorPitches), by its words: most stories have none. */
const SPONSOR_WORDS = /sponsor|presented by|brought to you|together with|in partnership|promot|paid (?:post|content|promotion|partnership)|partner content/i;

/**
 * A newsroom's call for tips under the copy, as local sites' CMSs (Pressly's, Naviga's) print it: "Have a story tip? Email
 * news@islandtimes.example.com", "Got a news tip? Contact the newsroom at 555-0100." A question and where to send it, alone on the line.
 */
const TIP_LINE = /^(?:have|got|do you have) (?:a )?(?:news |story )?tips?(?: for us)?\?\s*(?:e-?mail|contact|send|call|text|write to|reach|let us know)\b[^?!]{0,120}$/;

/**
 * A channel's handle alone on a line, as Telegram channels sign every post and RSSHub's bridge keeps it ("@deskwire", "@deskwire |
 * @deskwire_hindi"): a link to the channel, no copy.
 */
const HANDLE_LINE = /^@[a-z][\w.]{1,31}(?:\s*[|·•,]?\s*@[a-z][\w.]{1,31})*$/;

/** The lines above as one pattern: every short paragraph of every story meets it, and one test is cheaper than ten. */
const FURNITURE = new RegExp(
  [PLAYER_FALLBACK, TOPIC_BAR, AGGREGATOR_LINE, REPUBLISHED, DESK_CREDITS, NEWSLETTER_PLUG, SCRIPT_LINE, PODCAST_NOTICE, FILE_LINK, PAYWALL_BOX, LISTEN_ON_APPS, MAILING_FOOTER, MORE_LINE, SPONSOR_LINE, HANDLE_LINE, TIP_LINE, new RegExp(`^${DRUPAL_SUBMITTED}$`)].map((r) => `(?:${r.source})`).join('|'),
  'i',
);

/**
 * WordPress's "more" link run into the paragraph it ends: "… voted. Continue reading Two →" (the post's title is
 * the link's screen-reader text, "→" its arrow), themes' "Read more »", and CLICK_FOR_MORE's links ("… on Friday. MORE..",
 * "… on Friday. Click here to read more"). After a sentence's end only: "Read more books" in copy is copy.
 */
const MORE_LINK_TAIL = new RegExp(String.raw`(?<=[.!?"”’)])\s+(?:(?:continue reading|read more|read the rest|keep reading)\b[^.!?]{0,100}?\s*(?:→|»|›|&rarr;|\.{3}|…)?|\(more(?:…|\.{3})?\)|${CLICK_FOR_MORE})$`, 'i');
/**
 * Only a tail that ends in an arrow, or is the words alone, is the link: "Continue reading about the budget cuts" may be
 * copy. WordPress's default "(more…)" is one too.
 */
const MORE_LINK_END = /(?:→|»|›|\.{3}|…|continue reading|read more|read the rest|keep reading|\(more(?:…|\.{3})?\)|\bmore\.\.|\bclick here\b[^.!?]{0,50}[.!]?)$/i;

/**
 * Medium's footer under a publication's post: "<Title> was originally published in <Publication> on Medium, where
 * people are continuing the conversation by highlighting and responding to this story." The title makes it longer
 * than other furniture; its words make it Medium's.
 */
const MEDIUM_FOOTER = /\bwas originally published in .{1,150}? on Medium, where people are continuing the conversation\b[^.]{0,100}\.?$/i;

/**
 * What FiveFilters' hosted Full-Text RSS adds under each article it fetched: its note to publishers ("This entry passed
 * through the Full-Text RSS service - if this is your content and you're reading it on someone else's site, please read
 * the FAQ at fivefilters.org/content-only/faq.php#publishers."), as a paragraph or run into the last one, and its ad-block
 * test link ("Adblock test (Why?)", formerly "Let's block ads! (Why?)").
 */
const FULL_TEXT_RSS_NOTE = /(?:^|(?<=[.!?"”’)])\s+)This (?:entry|article) passed through the Full-Text RSS service\b[\s\S]{0,200}?fivefilters\.org\/content-only\/faq\.php#publishers\.?$/i;
const FULL_TEXT_RSS_ADBLOCK = /(?:^|(?<=[.!?"”’)])\s+)(?:Adblock test|Let['’]s block ads!) \(Why\?\)$/i;

function isMediumFooter(p: string): boolean {
  return p.length <= 600 && p.endsWith('story.') && MEDIUM_FOOTER.test(p);
}

function withoutMoreLink(p: string): string {
  if (p.length < 20 || !MORE_LINK_END.test(p)) return p;
  return p.replace(MORE_LINK_TAIL, '');
}

/**
 * Moodle's forum RSS writes who posted over each message, "by Helen Marsh. &nbsp;<p>…</p>" (its "byname" string, in lower case, and a
 * stop): a line of its own, no copy. Capitals after the lower-case "by" only ("by the harbour wall." is copy), so apart from FURNITURE's
 * `i` flag.
 */
const MOODLE_BYNAME = /^by \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}\.$/u;

/** The poster Moodle names over a message ("by Helen Marsh." first), the author of a feed that names none. */
export function moodlePoster(paragraphs: string[]): string | null {
  const first = paragraphs[0];
  return first && first.length <= MAX_PROMPT && MOODLE_BYNAME.test(first) ? first.slice(3, -1) : null;
}

function isFurniture(p: string): boolean {
  return p.length <= MAX_PROMPT && (FURNITURE.test(p) || MOODLE_BYNAME.test(p) || THANKS_FOR_READING.test(p) || MAILING_ROW_TAIL.test(p)) && !EDITION_OF_COPY.test(p) && !BY_IN_A_SENTENCE.test(p) && !SAID_TAIL.test(p);
}

function withoutFullTextRssNotes(paragraphs: string[]): string[] {
  return paragraphs.map((p) => (p.length <= 2_000 ? p.replace(FULL_TEXT_RSS_ADBLOCK, '').replace(FULL_TEXT_RSS_NOTE, '') : p)).filter(Boolean);
}

function isHostChrome(p: string): boolean {
  return (p.length <= 40 && PODCAST_HOST_LINE.test(p)) || isMembershipAppeal(p) || (p.length <= MAX_BULLETIN_CHROME && BULLETIN_CHROME.test(p)) || (p.startsWith('[ ] ') && POLL_OPTIONS.test(p));
}

function isLinkLine(p: string): boolean {
  if (p.length > MAX_PROMPT || (!p.includes('://') && !p.includes('www.'))) return false;
  const label = LINK_LINE.exec(p)?.[1];
  return !!label && PROMPT_LABEL.test(label.replace(LEADING_SYMBOLS, '').trim());
}

function isHashtags(p: string): boolean {
  return p.startsWith('#') && p.length <= MAX_PROMPT && HASHTAGS.test(p);
}

/**
 * Vimeo's credit line under a video's description, "Cast: Jane Doe, Raj Patel" (its RSS writes "<strong>Cast:</strong>"
 * and links each name to a profile). In a video's description only, and as a line of its own: elsewhere "Cast:" may
 * open copy about a film.
 */
const CAST_LINE = /^cast:\s+[^.!?:]{1,200}(?:\s+(?:tags|music|credits)\s*:\s*[^.!?:]{1,200})*$/i;
/**
 * … and the same line joined by a <br> to what stands next to it: after the description's last sentence ("A short film about
 * the monsoon. Cast: Jane Doe, Raj Patel"), or with Vimeo's "Tags:" after it ("Cast: Jane Doe Tags: monsoon, kerala", which
 * CAST_LINE takes whole). Only at the end of a paragraph: "Cast: Jane Doe The film follows…" cannot be told from its names.
 */
const CAST_TAIL = /(?<=[.!?"”’)])\s+Cast:\s+[^.!?:]{1,200}(?:\s+(?:Tags|Music|Credits)\s*:\s*[^.!?:]{1,200})*$/;

/** A video's page (Vimeo, YouTube, Dailymotion) or a video file or player as the item's media. */
const VIDEO_PAGE = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:vimeo\.com|youtube\.com|youtu\.be|dailymotion\.com)(?:[/?#:]|$)/i;
const VIDEO_MEDIA = /\.(?:mp4|m4v|mov|webm|m3u8)(?:[?#]|$)|^(?:https?:)?\/\/(?:player\.vimeo\.com|(?:www\.)?youtube\.com\/(?:embed|v)\/)/i;

/** Whether an item is a video: its link is a video site's page, or its media a video. */
export function isVideoItem(link: string | null | undefined, media: string | null | undefined): boolean {
  return (!!link && VIDEO_PAGE.test(link.trim())) || (!!media && VIDEO_MEDIA.test(media.trim()));
}

/**
 * arXiv's listing feeds open each abstract with the paper's identifier and how it was announced ("arXiv:2611.01234v1
 * Announce Type: new", then "Abstract: …"): the archive's bookkeeping over the abstract, never a sentence of it.
 */
const ARXIV_PREAMBLE = /^arXiv:(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\s+Announce Type:\s*[\w-]+\s*/;
const ABSTRACT_LABEL = /^Abstract:\s*/;

/** Flickr's line over a photo's description, "Asha Rao posted a photo:": the site's, naming the poster the byline names. */
const FLICKR_POSTED = /^\p{Lu}[\p{L}\d.'’ _-]{0,60} posted a (?:photo|video):$/u;

/**
 * PubMed's RSS frames each abstract: the citation over it ("Mar Ecol. 2026 Nov 27;12(4):e1234. doi: 10.1000/me.1234. Online ahead of
 * print."), an "ABSTRACT" heading, and the identifiers under it ("PMID:41234567 | DOI:10.1000/me.1234"). A digest's reader wants the
 * abstract: the identifiers' line (PubMed's mark) takes the frame with it; the journal and the link stay the story's.
 */
const PUBMED_IDS = /^PMID:\s*\d{1,9}(?:\s*\|\s*DOI:\s*\S+)?$/;
const PUBMED_CITATION = /^\p{Lu}[^;]{0,120}?\. \d{4}(?: [A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?: \d{1,2})?)?[;:.][^\n]{0,200}?\bdoi: 10\.\S+/u;
const ABSTRACT_HEADING = /^abstract:?$/i;

function withoutPubmedFrame(paragraphs: string[]): string[] {
  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length < 2 || !last!.startsWith('PMID:') || !PUBMED_IDS.test(last!)) return paragraphs;
  let rest = paragraphs.slice(0, -1);
  if (rest.length > 1 && rest[0]!.length <= 400 && PUBMED_CITATION.test(rest[0]!)) rest = rest.slice(1);
  if (rest.length > 1 && ABSTRACT_HEADING.test(rest[0]!)) rest = rest.slice(1);
  return rest;
}

function withoutArxivPreamble(paragraphs: string[]): string[] {
  const first = paragraphs[0];
  const found = first?.startsWith('arXiv:') ? ARXIV_PREAMBLE.exec(first) : null;
  if (!found) return paragraphs;
  const rest = [first!.slice(found[0].length), ...paragraphs.slice(1)].filter(Boolean);
  return rest.length ? [rest[0]!.replace(ABSTRACT_LABEL, ''), ...rest.slice(1)].filter(Boolean) : rest;
}

/**
 * A feed generator's credit under each item it made of a page, FetchRSS's "(Feed generated with FetchRSS)" on the free plan, run into the
 * last line of the description or alone: the generator's, no copy.
 */
const GENERATOR_CREDIT = /(?:^|\s+)\(\s*feed generated with (?:fetchrss|rss\.app|politepol|feed43)(?:\.com)?\s*\)\.?$/i;

function withoutGeneratorCredit(paragraphs: string[]): string[] {
  return paragraphs.map((p) => p.replace(GENERATOR_CREDIT, '')).filter(Boolean);
}

/**
 * Podcast hosts' lines around an episode's notes, each alone on its line: Buzzsprout's fan-mail link over them ("Send us a text") and
 * its supporters' link under them ("Support the show"). "Support the show's crew, the union said." is copy.
 */
const PODCAST_HOST_LINE = /^(?:send us a text(?: message)?|support the show)[.!]?$/i;

/**
 * GovDelivery's (Granicus's) bulletin chrome, as its RSS archive keeps the email: "Having trouble viewing this email? View it as a Web
 * page.", its footer's "Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your
 * Subscriber Preferences Page. …" (longer than other furniture) and "This service is provided to you at no charge by <the agency>."
 * The agency is a name in capitals: "… at no charge by the council, the mayor said." is copy.
 */
const BULLETIN_CHROME = /^(?:[Hh]aving trouble viewing this (?:email|message)\?\s*[Vv]iew it as a [Ww]eb ?page[.!]?|[Uu]pdate your subscriptions, modify your password or email address, or stop subscriptions at any time on your [Ss]ubscriber [Pp]references [Pp]age\b.{0,300}|[Tt]his service is provided to you at no charge by (?:the )?\p{Lu}[\p{L}&'’.-]*(?: (?:of|for|and|the|on|&|\p{Lu}[\p{L}&'’.-]*))*\.?)$/u;
const MAX_BULLETIN_CHROME = 500;

/**
 * A Mastodon poll's options as its RSS prints them under the post ("[ ] Yes<br />[ ] No"): a form's boxes no one can tick in a digest,
 * the question above them the post's copy. The paragraph holds only boxes and their options, two or more.
 */
const POLL_OPTIONS = /^\[ \] [^[\]]{1,100}(?:\s+\[ \] [^[\]]{1,100})+$/;

/**
 * A publisher's membership appeal under the copy, as Quintype's outlets and other reader-funded sites print it ("Independent journalism
 * needs your support. Become a member of The Quill today.", "Become a Quill member to support independent journalism and read without
 * ads.", "Join The Quill as a member and get exclusive reports and an ad-free site."): a sentence that opens on the call to become or
 * join as a member, subscriber or supporter, and a cause only a publisher pleads (independent journalism, an ad-free site, exclusive
 * reports). Reported speech is copy: "Become a member of the club for ad-free screenings, the cinema announced." stays.
 */
const MEMBERSHIP_CALL = /(?:^|[.!]\s+)(?:become an? (?:[\w.'’&-]+ ){0,3}(?:member|subscriber|supporter|patron|insider)s?|join (?:[\w.'’&-]+ ){0,3}(?:as an? )?(?:member|membership|subscriber|supporter)s?)\b/i;
const MEMBERSHIP_CAUSE = /\b(?:(?:independent|fearless|public[- ]interest|ground|quality) (?:journalism|media|reporting|news)|ad-free|without ads|exclusive (?:reports|stories|content|access|newsletters))\b/i;
const REPORTED = /\b(?:said|says|told|tells|announced|urged|asked|wrote|added|according to)\b/i;
const MAX_APPEAL = 250;

function isMembershipAppeal(p: string): boolean {
  return p.length <= MAX_APPEAL && MEMBERSHIP_CALL.test(p) && MEMBERSHIP_CAUSE.test(p) && !REPORTED.test(p);
}

/**
 * An episode's chapter list under its notes, as Transistor, Podcastle and YouTube-style show notes print it: a line per chapter, its
 * time first, the first at zero ("(00:00) - Intro", "0:00 Intro", "[00:00:00] Intro"), a line a paragraph or run into one, under an
 * optional "Chapters:" heading. Times into a recording the digest does not play; a schedule ("09:00 Doors open") starts elsewhere.
 */
const CHAPTER_TIME = String.raw`[([]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?`;
const CHAPTER_LINE = new RegExp(String.raw`^${CHAPTER_TIME}\s*(?:[-–—:|]\s*)?[^\s\d][^]{0,120}$`);
const FIRST_CHAPTER = /^[([]?(?:0{1,2}:)?0{1,2}:00[)\]]?\s/;
const CHAPTER_RUN = new RegExp(String.raw`^(?:${CHAPTER_TIME}\s*(?:[-–—:|]\s*)?[^\s\d][^]{0,120}?\s*){2,}$`);
const CHAPTERS_HEADING = /^(?:(?:episode |show )?chapters|timestamps|chapter markers|time ?codes)\s*:?$/i;

function withoutChapterList(paragraphs: string[]): string[] {
  const start = paragraphs.findIndex((p) => FIRST_CHAPTER.test(p) && CHAPTER_LINE.test(p));
  if (start < 0) return paragraphs;
  let end = start + 1;
  while (end < paragraphs.length && CHAPTER_LINE.test(paragraphs[end]!)) end++;
  // Two chapters or more: as paragraphs of their own, or run into one by line breaks.
  if (end - start < 2 && !CHAPTER_RUN.test(paragraphs[start]!)) return paragraphs;
  const from = start > 0 && CHAPTERS_HEADING.test(paragraphs[start - 1]!) ? start - 1 : start;
  return [...paragraphs.slice(0, from), ...paragraphs.slice(end)];
}

/**
 * A newsletter's greeting over the issue ("Hi all,", "Hello friends,", "Good morning!", "Hi Maker Weekly readers,") and its sign-off
 * under it ("Until next week, Dev", "Cheers,<br>Priya", or the name on a line of its own under "Talk soon,"): the writer's letter
 * form, no copy. The greeting is the first paragraph alone and ends with its comma or "!"; the sign-off is the last, a closing words
 * and a name in capitals. "Until next week, the bridge stays shut.", "Thanks, Obama." and "Hello, Dolly! opens on Friday." are copy.
 */
const GREETING = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Dd]ear|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening)|[Mm]orning|[Ww]elcome back)(?:,?\s+(?:all|everyone|everybody|folks|there|team|y['’]all|you all|(?:(?:dear|fellow|my) )?(?:friends|readers|subscribers)|\p{Lu}[\p{L}\d'’&-]*(?: \p{Lu}[\p{L}\d'’&-]*){0,2} (?:readers|subscribers|friends|fans|community)))?\s*[,!]$/u;
const SIGN_OFF_WORDS = String.raw`(?:[Uu]ntil (?:next (?:week|time|issue|month)|then|tomorrow)|[Ss]ee you (?:next (?:week|time|issue)|tomorrow|soon|on \p{Lu}\p{Ll}+day)|[Cc]heers|[Bb]est(?: wishes)?|[Aa]ll the best|[Tt]alk soon|[Tt]ake care|[Ww]armly|[Ww]arm(?:est)? regards|[Kk]ind regards|[Tt]hanks(?: again)?|[Tt]hank you|[Yy]ours|[Pp]eace|[Ss]tay safe)`;
const SIGNATURE = String.raw`(?:[—–-]\s*)?\p{Lu}[\p{L}.'’-]*(?: (?:&|and) \p{Lu}[\p{L}.'’-]*| \p{Lu}[\p{L}.'’-]*){0,3}`;
// A name, not a sentence: "Thanks, Obama." ends as one.
const SIGN_OFF = new RegExp(String.raw`^${SIGN_OFF_WORDS}(?:[,!]|\s[—–-])\s*${SIGNATURE}(?<!\.)$`, 'u');
const SIGN_OFF_ALONE = new RegExp(String.raw`^${SIGN_OFF_WORDS}[,!]$`, 'u');
const SIGNATURE_ALONE = new RegExp(String.raw`^${SIGNATURE}$`, 'u');

/**
 * Who a speech's last words address, not who signs a letter: a form of address ("Thank you, Mr Speaker", "Thank you, Madam Chair",
 * "Thank you, Excellencies"), a salutation ("Thank you, Namaskar", PIB's transcripts of the Prime Minister's speeches; "Jai Hind")
 * or a place ("Thank you, India", "Thank you, Bengaluru"): a speech's or transcript's last line, which is copy. A salutation that is
 * also a first name is read with its second word ("Jai Hind", not "Jai Patel"), or alone ("Salaam", not "Salam Fayyad").
 */
const ADDRESSEE = /^(?:(?:Mr|Mrs|Ms|Madam|Madame|Sir|Hon|Honourable|Honorable|Your|Ladies|Dear|Deputy|Vice|Mister)\b|(?:Speaker|President|Chair|Chairman|Chairperson|Chairwoman|Excellenc(?:y|ies)|Colleagues|Members|Delegates|Namaskar|Namaste|Namaskaram|Vanakkam|Dhanyavad|Dhanyawad|Dhanyabad|Shukriya)\b|(?:Jai (?:Hind|Bharat|Jawan|Kisan|Maharashtra|Karnataka|Telangana|Bangla)|Khuda Hafiz|Allah Hafiz|Vande Mataram)(?:\s|$)|(?:Salaam|Salam)$)/;

function isAddressee(line: string): boolean {
  const name = line.replace(/^[^,!—–-]*(?:[,!]|\s[—–-])\s*/, '').replace(/^[—–-]\s*/, '');
  return ADDRESSEE.test(name) || isKnownPlace(name) || isKnownRegion(name);
}

function withoutLetterForm(paragraphs: string[]): string[] {
  if (paragraphs.length < 2) return paragraphs;
  let start = 0;
  let end = paragraphs.length;
  if (end > 1 && paragraphs[0]!.length <= 60 && GREETING.test(paragraphs[0]!)) start = 1;
  const last = paragraphs[end - 1]!;
  if (end - start > 1 && last.length <= 80 && SIGN_OFF.test(last) && !isAddressee(last)) end--;
  else if (end - start > 2 && last.length <= 40 && SIGNATURE_ALONE.test(last) && SIGN_OFF_ALONE.test(paragraphs[end - 2]!)) end -= 2;
  return start === 0 && end === paragraphs.length ? paragraphs : paragraphs.slice(start, end);
}

/**
 * Kit's (ConvertKit's) share button under an issue, its label "Share <the newsletter>" ("Share Maker Weekly"): last, once the footer
 * under it went. A heading "Share prices" is no last line, and a sentence is no button.
 */
const SHARE_BUTTON = /^Share (?:\p{Lu}[\p{L}\d'’&.-]*)(?: (?:of|the|&|\p{Lu}[\p{L}\d'’&.-]*)){0,4}$/u;

function withoutShareButton(paragraphs: string[]): string[] {
  const last = paragraphs[paragraphs.length - 1];
  return paragraphs.length > 1 && last!.length <= 60 && SHARE_BUTTON.test(last!) ? paragraphs.slice(0, -1) : paragraphs;
}

/**
 * The story's paragraphs without the channel's link lines, their heading, hashtag rows and the rest above; in a
 * video's description (`video`), without Vimeo's "Cast:" line too.
 */
export function withoutFurniture(paragraphs: string[], video = false): string[] {
  paragraphs = withoutPubmedFrame(withoutArxivPreamble(paragraphs));
  if (paragraphs.length > 1 && FLICKR_POSTED.test(paragraphs[0]!)) paragraphs = paragraphs.slice(1);
  if (video && paragraphs.some((p) => CAST_LINE.test(p))) paragraphs = paragraphs.filter((p) => !CAST_LINE.test(p));
  if (video && paragraphs.some((p) => p.includes(' Cast: '))) paragraphs = paragraphs.map((p) => (p.includes(' Cast: ') ? p.replace(CAST_TAIL, '') : p));
  if (paragraphs.length > 1 && isMediumFooter(paragraphs[paragraphs.length - 1]!)) paragraphs = paragraphs.slice(0, -1);
  if (paragraphs.some((p) => p.includes('Full-Text RSS') || p.endsWith('(Why?)'))) paragraphs = withoutFullTextRssNotes(paragraphs);
  if (paragraphs.some((p) => SPONSOR_WORDS.test(p))) paragraphs = withoutSponsorPitches(paragraphs);
  if (paragraphs.some((p) => p.endsWith(')') && /generated with/i.test(p))) paragraphs = withoutGeneratorCredit(paragraphs);
  if (paragraphs.length > 0 && MORE_LINK_END.test(paragraphs[paragraphs.length - 1]!)) paragraphs = [...paragraphs.slice(0, -1), withoutMoreLink(paragraphs[paragraphs.length - 1]!)];
  const last = paragraphs[paragraphs.length - 1];
  if (last && /choices|privacy|opt-out/i.test(last)) paragraphs = [...paragraphs.slice(0, -1), last.replace(PODCAST_NOTICE_TAIL, '')];
  if (paragraphs.some((p) => p.includes(':00'))) paragraphs = withoutChapterList(paragraphs);
  const drop = paragraphs.map((p) => isLinkLine(p) || isHashtags(p) || isFurniture(p) || isHostChrome(p) || (paragraphs.length > 1 && EMOJI_ONLY.test(p)));
  if (!drop.includes(true)) return withoutLetterForm(withoutShareButton(paragraphs));
  // A heading goes with the links it heads: alone, "Find us:" may lead copy.
  for (let i = 0; i < paragraphs.length - 1; i++) {
    if (!drop[i] && drop[i + 1] && paragraphs[i]!.endsWith(':') && LINKS_HEADING.test(paragraphs[i]!)) drop[i] = true;
  }
  // The letter's sign-off and the share button stand last once the footer under them went.
  return withoutLetterForm(withoutShareButton(withoutTrailingRule(paragraphs.filter((_, i) => !drop[i]))));
}

/** A rule alone on its line ("---", "* * *", "___"): between sections it may part them (wire.ts reads AP's), but under what went above, nothing is left to part. */
const RULE_LINE = /^(?:[-–—_*=~•·]\s*){3,}$/;

/** Without the rule left last once the furniture under it went (Anchor's "---" over its "Support this podcast: …"). */
function withoutTrailingRule(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  while (end > 1 && RULE_LINE.test(paragraphs[end - 1]!)) end--;
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}
