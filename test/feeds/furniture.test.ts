import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';

describe('a video description\'s "Cast:" line joined by a <br> to other text', () => {
  it('cuts it after the description\'s last sentence', () => {
    expect(withoutFurniture(['A short film about the monsoon in Kerala. Cast: Jane Doe, Raj Patel'], true)).toEqual(['A short film about the monsoon in Kerala.']);
  });

  it('drops it with Vimeo\'s "Tags:" after it', () => {
    expect(withoutFurniture(['A short film about the monsoon.', 'Cast: Jane Doe, Raj Patel Tags: monsoon, kerala'], true)).toEqual(['A short film about the monsoon.']);
  });

  it('keeps it in a story that is no video, and a sentence going on after it', () => {
    expect(withoutFurniture(['The play opens on Friday. Cast: Jane Doe, Raj Patel'], false)).toEqual(['The play opens on Friday. Cast: Jane Doe, Raj Patel']);
    expect(withoutFurniture(['The play opens on Friday. Cast: a strong ensemble.'], true)).toEqual(['The play opens on Friday. Cast: a strong ensemble.']);
    expect(withoutFurniture(['Cast: Jane Doe The film follows a ferry at night.'], true)).toEqual(['Cast: Jane Doe The film follows a ferry at night.']);
  });
});

describe('podcast hosts’ notices', () => {
  it('drops the ad-choice and privacy notices under an episode, alone or run into its last sentence', () => {
    const episode = 'This week: the monsoon session and the farm bills.';
    expect(withoutFurniture([episode, 'Learn more about your ad choices. Visit megaphone.fm/adchoices'])).toEqual([episode]);
    expect(withoutFurniture([episode, 'Hosted on Acast. See acast.com/privacy for more information.'])).toEqual([episode]);
    expect(withoutFurniture([episode, 'See omnystudio.com/listener for privacy information.'])).toEqual([episode]);
    expect(withoutFurniture([episode, 'Privacy & Opt-Out: https://art19.com/privacy'])).toEqual([episode]);
    expect(withoutFurniture([`${episode} Learn more about your ad choices. Visit podcastchoices.com/adchoices`])).toEqual([episode]);
    expect(withoutFurniture([`${episode} Hosted on Acast. See acast.com/privacy for more information. Learn more about your ad choices. Visit megaphone.fm/adchoices`])).toEqual([episode]);
  });

  it('keeps copy about ad choices and privacy', () => {
    const copy = ['Regulators want users to learn more about your ad choices before any tracking starts, the ministry said.', 'See the ministry’s site for privacy information on the new rules, officials added.'];
    expect(withoutFurniture(copy)).toEqual(copy);
  });
});

describe('a bar of topic links, and a sentence after the same label (ninth sweep)', () => {
  it('drops a bar of links after "Trending Topics:" or "Top searches:"', () => {
    expect(withoutFurniture(['First.', 'Trending Topics: Budget 2026 | Elections', 'Top searches: Gold, rupee, Sensex', 'Last.'])).toEqual(['First.', 'Last.']);
  });

  it('keeps a sentence of copy after "Trending now:" or "Popular now:"', () => {
    // Before: the label made the whole sentence a topic bar, and it was dropped.
    const copy = ['First.', 'Trending now: Investors are moving into gold as the rupee weakens, dealers said.', 'Popular now: the Kochi metro extension is due to open next month, officials said.', 'Last.'];
    expect(withoutFurniture(copy)).toEqual(copy);
  });
});

describe("arXiv's announcement preamble over an abstract", () => {
  it('drops the identifier, the announce type and the "Abstract:" label, on one paragraph or two', () => {
    expect(withoutFurniture(['arXiv:2611.01234v1 Announce Type: new', 'Abstract: We predict the onset of the monsoon.'])).toEqual(['We predict the onset of the monsoon.']);
    expect(withoutFurniture(['arXiv:2611.01234v2 Announce Type: replace-cross Abstract: We predict the onset of the monsoon.'])).toEqual(['We predict the onset of the monsoon.']);
    expect(withoutFurniture(['arXiv:hep-th/9901001v1 Announce Type: new', 'Abstract: Strings.'])).toEqual(['Strings.']);
  });
  it('keeps copy that names an arXiv paper, and an "Abstract:" label with no preamble over it', () => {
    const copy = ['arXiv:2611.01234 was posted on Tuesday and drew wide attention.', 'Abstract: the paper says the onset will be early.'];
    expect(withoutFurniture(copy)).toEqual(copy);
  });
});

describe("Flickr's line over a photo's description", () => {
  it('drops "<name> posted a photo:" opening the description', () => {
    expect(withoutFurniture(['Asha Rao posted a photo:', 'Morning fog rolled over the tea gardens above Coonoor.'])).toEqual(['Morning fog rolled over the tea gardens above Coonoor.']);
  });
  it('keeps it inside copy, alone, or as a sentence that goes on', () => {
    const inside = ['The minister was in Coonoor on Sunday.', 'Asha Rao posted a photo:', 'Fog over the hills.'];
    expect(withoutFurniture(inside)).toEqual(inside);
    expect(withoutFurniture(['Asha Rao posted a photo:'])).toEqual(['Asha Rao posted a photo:']);
    const sentence = ['Asha Rao posted a photo: fog over the hills, which drew thousands of replies.', 'More copy.'];
    expect(withoutFurniture(sentence)).toEqual(sentence);
  });
});

describe('a newsletter’s sponsor paragraphs, and guards (feeds48)', () => {
  it('drops a paragraph a sponsor’s label opens, whatever its length, and a label’s pitch down to its call to act', () => {
    const pitch = 'Acme Bank has helped more than 40,000 small businesses move their payments online; its account opens in five minutes. '.repeat(3);
    expect(withoutFurniture(['Copy one.', `Sponsor: ${pitch}`, 'Copy two.'])).toEqual(['Copy one.', 'Copy two.']);
    expect(withoutFurniture(['Copy one.', `This issue is sponsored by Acme Bank, which ${pitch}`, 'Copy two.'])).toEqual(['Copy one.', 'Copy two.']);
    expect(withoutFurniture(['Copy one.', 'A word from our sponsor', 'Acme makes payroll simple.', 'Start your free trial →', 'Copy two.'])).toEqual(['Copy one.', 'Copy two.']);
  });

  it('keeps copy: a label with no call to act under it, a call to act three paragraphs down, a sponsor named in a sentence, a lone emoji post', () => {
    const copy = ['Presented by Acme', 'The summit opened on Friday.', 'Delegates met for six hours.', 'Sign up now at the venue, the organisers said.'];
    expect(withoutFurniture(copy)).toEqual(copy.slice(1));
    const named = ['Sponsored by the city, the marathon starts at 6 am. Register now at the stadium.', 'Our sponsor is a local bank, the coach said.'];
    expect(withoutFurniture(named)).toEqual(named);
    expect(withoutFurniture(['🎉'])).toEqual(['🎉']);
  });
});
