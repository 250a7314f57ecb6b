/**
 * A feed offered as a file download packed in a .zip (export tools and some agencies' "download the feed" links
 * do this): the one feed file inside it, unpacked. Read from the archive's central directory, which has every
 * entry's sizes even when the local headers leave them to a trailing data descriptor.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** What names a feed file inside an archive. */
const FEED_FILE = /\.(?:xml|rss|atom|rdf|json)$/i;

export function isZip(body: Buffer): boolean {
  return body.length >= 22 && body.readUInt32LE(0) === LOCAL;
}

interface Entry {
  name: string;
  method: number;
  packedSize: number;
  localOffset: number;
}

/**
 * The archive's feed: its only file, or its only file named as a feed (.xml, .rss, .atom, .rdf, .json).
 * Null when there is none, or several to choose from, or the archive cannot be read; `unpack` inflates
 * under the caller's size cap (and throws as it does).
 */
export function feedInZip(body: Buffer, unpack: (deflated: Buffer) => Buffer): Buffer | null {
  const files = centralDirectory(body)?.filter((e) => !e.name.endsWith('/') && !/(?:^|\/)(?:__MACOSX\/|\.)/.test(e.name));
  if (!files || files.length === 0) return null;
  const named = files.filter((e) => FEED_FILE.test(e.name));
  const entry = files.length === 1 ? files[0]! : named.length === 1 ? named[0]! : null;
  if (!entry || entry.localOffset + 30 > body.length || body.readUInt32LE(entry.localOffset) !== LOCAL) return null;
  const start = entry.localOffset + 30 + body.readUInt16LE(entry.localOffset + 26) + body.readUInt16LE(entry.localOffset + 28);
  const packed = body.subarray(start, start + entry.packedSize);
  if (entry.method === STORED) return packed;
  return entry.method === DEFLATED ? unpack(packed) : null;
}

function centralDirectory(body: Buffer): Entry[] | null {
  // The end record is the last 22 bytes, or earlier by the length of an archive comment (at most 65535 bytes).
  let end = -1;
  for (let at = body.length - 22; at >= Math.max(0, body.length - 22 - 0xffff); at--) {
    if (body.readUInt32LE(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = body.readUInt16LE(end + 10);
  const entries: Entry[] = [];
  for (let at = body.readUInt32LE(end + 16), i = 0; i < count; i++) {
    if (at + 46 > body.length || body.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = body.readUInt16LE(at + 28);
    entries.push({
      method: body.readUInt16LE(at + 10),
      packedSize: body.readUInt32LE(at + 20),
      localOffset: body.readUInt32LE(at + 42),
      name: body.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + body.readUInt16LE(at + 30) + body.readUInt16LE(at + 32);
  }
  return entries;
}
