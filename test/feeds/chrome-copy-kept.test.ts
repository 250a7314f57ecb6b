import { describe, expect, it } from 'vitest';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';

/**
 * Copy that reads like site chrome: news paragraphs that open or run on a chrome rule's words ("Subscribe", "Sign up", "Share",
 * "Read more", "Advertisement", "Related", "Watch", "Listen", "Follow", "Download", "Click", "Comments", "Newsletter", "Sponsored",
 * "Promoted", a thank-you last, a phone number or an email address). Each item is polled as the unseen tests do (parseFeed +
 * normaliseEntry) and must keep every paragraph.
 */
const ITEMS: string[][] = [
  ['Sign-ups for the census close on Friday, the statistics office said.', 'Subscribe to the idea that every household counts, the minister urged crowds in Pune.', 'Officials expect more than nine in ten homes to return the form.'],
  ['Sign up rates for the pension scheme doubled in the second quarter.', 'The ministry said younger workers drove most of the rise.', 'Subscribers to the older plan may switch before March.'],
  ['Share prices fell sharply in Mumbai on Thursday as banks led the decline.', 'Share of foreign investors in the market dropped to a ten-year low.', 'Traders said the fall would likely continue into next week.'],
  ['The council will read more than 400 objections before it decides on the tower.', 'Residents say they want to read more about the plan before the vote.', 'Read more carefully, the rules bar any building above twelve floors.', 'A decision is due in January.'],
  ['Advertisement hoardings along the ring road will be removed by December, the corporation said.', 'The city earns about 40 crore a year from advertisement fees.', 'Owners of the boards have sought a stay in the high court.'],
  ['Related cases are pending before three benches of the Supreme Court.', 'The petitioners argued that the order violated the right to privacy.', 'The court will hear the matter again on Monday.'],
  ['Also read into the record were the statements of two witnesses who could not attend.', 'The trial judge adjourned the hearing until next week.', 'Defence counsel objected to the statements.'],
  ['Watch towers along the border will be rebuilt after the floods, the army said.', 'Watch for heavy rain in the hills through Sunday, the weather office warned.', 'Schools in three districts will stay shut on Saturday.'],
  ['Listen to farmers before you draft the law, the union told the committee.', 'Listening sessions will be held in twelve districts this month.', 'The committee is due to report by February.'],
  ['Follow-up inspections found that most of the bridges were safe.', 'Follow the money, the auditor told the hearing, and the delays make sense.', 'Three contractors have been barred from new tenders.'],
  ['Download speeds on the state network doubled after the upgrade, the regulator said.', 'Downloads of the government app passed ten million on Tuesday.', 'The regulator will publish its next report in April.'],
  ['Click fraud cost advertisers an estimated 2 billion dollars last year, the study found.', 'Clicking on a fake link was how most victims lost their savings, police said.', 'The cyber cell has set up a helpline for victims.'],
  ['Comments made by the minister in the assembly drew protests from the opposition.', 'Comments from the public on the draft will be accepted until 15 December.', 'The speaker adjourned the house twice.'],
  ['Newsletter editors and small publishers say the new postal rates will hurt them.', 'The postal department defended the increase as overdue.', 'A review is expected next year.'],
  ['Sponsored by the state, the festival drew 20,000 visitors over three days.', 'Organisers said ticket sales covered half of the cost.', 'Next year the festival will move to the riverfront.'],
  ['Promoted to captain last month, Rao led the side to its first win in Chennai.', 'Promoted teams rarely survive their first season in the top flight.', 'The club faces the champions on Saturday.'],
  ['The speaker closed the debate after four hours.', 'The bill passed by 212 votes to 98.', '"Thank you," she said.'],
  ['The veteran batter announced his retirement at a press conference in Kolkata.', 'He thanked his coaches and his family.', '"Thank you all for everything."'],
  ['The police have appealed for witnesses to the robbery on MG Road.', 'Tips can be sent to the police at 100.', 'Information can also be emailed to tips@police.example.gov.in.'],
  ['The helpline for flood victims is 1070, the disaster authority said.', 'Relief camps are open in six schools in the district.', 'Call 1070 or write to relief@sdma.example.in for help.'],
  ['Share this burden fairly, the finance minister told the states.', 'The states want a larger share of the cess.', 'Talks will resume next month.'],
  ['Sign language interpreters will be present at all polling stations.', 'Sign boards in four languages have been installed at the station.', 'The election commission said turnout was expected to be high.'],
  ['Subscription revenue rose 12 percent at the broadcaster last year.', 'Subscribers in smaller towns drove the growth, the company said.', 'Advertising revenue fell for the third year.'],
  ['Related to the case, two more officials were suspended on Wednesday.', 'The inquiry will be completed in six weeks.', 'The opposition has called for a judicial probe.'],
  ['Listen carefully and you can hear the tigers at night, villagers said.', 'Forest officials have set up camera traps around the village.', 'No attack has been reported since June.'],
  ['Follow us to the river, the protesters chanted as they marched.', 'Police stopped the march at the bridge.', 'Leaders of the protest were detained for two hours.'],
  ['Watch this space, the coach said when asked about the new signing.', 'The club is expected to confirm the deal on Monday.', 'Fans have waited three years for a new striker.'],
  ['Comments are closed on the matter, the spokesman said, refusing further questions.', 'The ministry has not responded to written queries.', 'The report will be tabled in parliament.'],
  ['Advertisement revenue of newspapers fell by a fifth during the pandemic.', 'Advertisement spending has since recovered, the industry body said.', 'Digital advertising now makes up half of the total.'],
  ['Read More, the bookshop on Park Street, closes after sixty years on Sunday.', 'Its owner said rising rents made the shop impossible to run.', 'Regulars gathered to buy the last books.'],
  ['Newsletters from the ministry will now be published in Hindi as well as English.', 'The ministry said the change would reach more readers.', 'Regional languages will follow next year.'],
  ['Download the form from the election commission website and submit it by Friday, officials said.', 'Late forms will not be accepted.', 'More than two lakh voters have already applied.'],
  ['Click here, the message said, and the victim lost 3 lakh rupees.', 'Police said the gang operated from three states.', 'Five people have been arrested.'],
  ['Sponsored content must be labelled clearly, the press council said in new guidelines.', 'Newspapers that fail to do so may face censure.', 'The guidelines take effect in January.'],
  ['The mayor thanked the workers who cleared the drains overnight.', 'The city recorded 180 mm of rain in twelve hours.', '"Thanks, everyone," the mayor said.'],
  ['Like many small towns, Sirsa has struggled to keep its young people.', 'Share your memories, the town archive asked residents, for a history of the mandi.', 'Photos from the 1960s have already arrived.'],
  ['The two brothers opened the sweet shop in Old Delhi in 1962.', 'Together with his brother he ran the shop for 30 years.', 'Apply now for a stall, the market board told traders on Friday.', 'The shop will close for good in March.'],
  ['The library on Mall Road has lent books to the town since 1921.', 'The library is a member-funded trust, and the council voted to support its work.', 'A new reading room opens in January.'],
  ['The literature festival in Kohima closed on Sunday after five days.', 'This edition of the festival was supported by the state tourism department.', 'More than 30 writers from the northeast took part.'],
  ['The club finished third in the league this season.', 'Our sponsors — two local firms — have stood by us all year, the captain said.', 'The club plays its last home match on Sunday.'],
  ['Sponsored by the tourism department — and by three hotel chains — the fair drew record crowds.', 'Organisers said next year it would run for a week.', 'Ticket prices will stay the same.'],
  ['The commission released its survey of rural schools on Tuesday.', 'This report was first published in 1998 and has been revised twice since.', 'It found that one school in five had no working toilet.'],
  ['The teacher had one plea for parents at the meeting.', 'Her school has doubled its library. Keep reading with your children, she said, even ten minutes a day...', 'The district will extend the scheme next year.'],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function textsOf(items: string[][]): Promise<string[][]> {
  const xml = items.map((ps, i) => `<item><title>Desk story number ${i}</title><link>https://t.example.com/${i}</link><description>${esc(ps.map((p) => `<p>${esc(p)}</p>`).join(''))}</description></item>`).join('');
  const feed = await parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example.com/</link>${xml}</channel></rss>`);
  return feed.entries.map((e) => normaliseEntry(e, { feedUrl: 'https://t.example.com/rss', feed, fetchedAt: Date.parse('2026-11-27T12:00:00Z') })!.text.split('\n\n'));
}

describe('chrome rules: copy that uses chrome words', () => {
  it('keeps every paragraph of news copy that opens on or holds a chrome word', async () => {
    expect(await textsOf(ITEMS.slice(0, 36))).toEqual(ITEMS.slice(0, 36));
  });

  it('keeps copy the sponsor and republished-note rules took', async () => {
    // "Together with his brother he ran …" (a sponsor's label is a name, not a clause) and the "Apply now …" paragraph under it;
    // "… is a member-funded trust, and the council voted to support its work." (the plea is a sentence of its own);
    // "This edition of the festival was supported by …" (an edition of no newsletter); "Our sponsors — … — have stood by us" and
    // "Sponsored by … — … — the fair drew …" (a dash that opens an aside); "This report was first published in 1998 …" (a date, no outlet).
    expect(await textsOf(ITEMS.slice(36))).toEqual(ITEMS.slice(36));
  });

  it('still drops the chrome those rules were made for', async () => {
    const chrome = [
      ['Oil fell on Friday.', 'Together with Acme Bank'],
      ['Oil fell on Friday.', 'Newslaundry is a reader-supported, ad-free, independent news outlet based out of New Delhi. Support their journalism, here.'],
      ['Oil fell on Friday.', 'This edition of Morning Brief is sponsored by Acme Bank.'],
      ['Oil fell on Friday.', 'This week’s issue of the newsletter is sponsored by Acme Bank.'],
      ['Oil fell on Friday.', 'Our sponsor: Acme Bank. Acme makes business banking simple for small firms.'],
      ['Oil fell on Friday.', 'This article was originally published on Scroll.in.'],
      ['Oil fell on Friday.', '(This story was first published on The Wire.)'],
    ];
    expect(await textsOf(chrome)).toEqual(chrome.map(() => ['Oil fell on Friday.']));
  });
});
