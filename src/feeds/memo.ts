/**
 * Answers kept per parsed document, for pure functions of a string that its entries ask again and again: the feed's
 * title and site are every entry's, bylines repeat down a feed, and each answer costs a dozen regular expressions or a
 * Public Suffix List lookup. Kept with the document (a WeakMap on it), not in a table of their own:
 * an entry's strings are slices of the document's text and would keep a whole document alive after its poll.
 * Only for functions whose answer depends on the argument alone (no clock, no state), and answers no caller changes.
 */
export function perDocument<R>(fn: (key: string) => R): (doc: object, key: string) => R {
  const documents = new WeakMap<object, Map<string, R>>();
  return (doc, key) => {
    let answers = documents.get(doc);
    if (!answers) documents.set(doc, (answers = new Map()));
    if (answers.has(key)) return answers.get(key)!;
    const answer = fn(key);
    answers.set(key, answer);
    return answer;
  };
}
