/**
 * The ports the fetch standard blocks ("bad ports", https://fetch.spec.whatwg.org/#port-blocking): undici, which
 * wirebrief fetches feeds with, refuses them before connecting, with no more than "bad port" to say why. Listed here
 * so a feed there is refused when it is added, and a poll sent there (by a redirect) says in words what happened.
 */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137,
  139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723,
  2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Why `url` cannot be fetched for its port, or null when its port is not one the fetch standard blocks. */
export function blockedPortReason(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.port || !BAD_PORTS.has(Number(u.port))) return null;
  return `port ${u.port} of ${u.hostname} is blocked by the fetch standard (a "bad port", kept for mail, IRC, X11 and other protocols), which wirebrief's HTTP client follows: it never connects there; ask the publisher for the feed on another port (such as 80 or 443)`;
}
