/**
 * WordPress shortcodes a feed leaves unexpanded: the CMS renders them on the page, and its feed (or a plugin
 * that syndicates it) prints them as written. "[caption …]<img> Minister at the summit[/caption]", "[embed]URL[/embed]"
 * and "[gallery ids=…]" are a picture's caption or an embed, not the story's copy; page builders' "[vc_row]" and
 * "[et_pb_text]" wrap copy, which stays. Only these names: "[the bill]" in a quote is the copy's.
 */

/** Gone with what they hold (up to their closing tag, if any). */
const EMBED = /\[(caption|wp_caption|embed|video|audio|playlist|gallery|youtube|tweet|instagram|facebook|soundcloud|googlemaps|contact-form-7|wpforms|mc4wp_form|ads?|adsense)(?:\s[^\]]*)?\](?:[^[]*(?:\[(?!\/\1\])[^[]*)*\[\/\1\])?/gi;
/** Gone, what they wrap kept: WPBakery, Divi, Avada, Shortcodes Ultimate, Enfold, tagDiv, Cornerstone. */
const LAYOUT = /\[\/?(?:vc|et_pb|fusion|su|av|tdc|tdm|cs)_[\w-]*(?:\s[^\]]*)?\]/gi;
const EMBED_NAMES = /\[(?:caption|wp_caption|embed|video|audio|playlist|gallery|youtube|tweet|instagram|facebook|soundcloud|googlemaps|contact-form-7|wpforms|mc4wp_form|ads?|adsense)[\s\]]|\[\/?(?:vc|et_pb|fusion|su|av|tdc|tdm|cs)_/i;

function withoutShortcodes(p: string): string {
  if (!p.includes('[') || !EMBED_NAMES.test(p)) return p;
  return p.replace(EMBED, ' ').replace(LAYOUT, ' ').replace(/\s+/g, ' ').trim();
}

/** The story's paragraphs with unexpanded shortcodes gone, and a paragraph that was only those with them. */
export function withoutShortcodeParagraphs(paragraphs: string[]): string[] {
  if (!paragraphs.some((p) => p.includes('['))) return paragraphs;
  return paragraphs.map(withoutShortcodes).filter(Boolean);
}
