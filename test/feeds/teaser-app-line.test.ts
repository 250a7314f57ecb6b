import { describe, expect, it } from 'vitest';
import { withoutFurniture } from '../../src/feeds/furniture.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';

/**
 * A teaser's last line sending the reader to the outlet's app or site ("Read the full story in our app.") is a link, not copy,
 * as "Read the full story on The Desk." is: it stayed, and the teaser shared too little with the agency's lede to join its
 * cluster (cluster-unseen.test.ts named it a known miss).
 */
const clean = (input: string[]) => cleanWireCopy(withoutFurniture(input)).paragraphs;
const lede = 'The state cabinet on Friday cleared a suburban rail corridor of 148 km at a cost of Rs 15,767 crore.';

describe('a teaser’s line to the full story in the outlet’s app', () => {
  it.each(['Read the full story in our app.', 'Read the full article in the Desk app', 'Read the complete story in The Daily Post app!', 'Read the full story on our website.'])('"%s" goes', (line) => {
    expect(clean([lede, line])).toEqual([lede]);
  });

  it.each(['Read the full report in the gazette, the minister said.', 'Read the full story in context, the editor urged readers who had only seen the headline.'])('guard: "%s" stays', (line) => {
    expect(clean([lede, line])).toEqual([lede, line]);
  });
});
