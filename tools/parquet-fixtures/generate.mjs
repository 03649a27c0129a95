// Writes the Parquet fixtures of fixtures.mjs with parquet-wasm (the Rust parquet crate compiled
// to WebAssembly), plus two hand-made corrupt files.
import { mkdirSync, writeFileSync } from 'node:fs';

import { tableToIPC } from 'apache-arrow';
import { Compression, Table, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm';

import { CORRUPT, FIXTURE_DIR, FIXTURES } from './fixtures.mjs';

function writeFixture(fixture) {
  let builder = new WriterPropertiesBuilder().setCompression(Compression[fixture.codec]);
  if (fixture.rowGroupSize) builder = builder.setMaxRowGroupSize(fixture.rowGroupSize);
  const table = Table.fromIPCStream(tableToIPC(fixture.table(), 'stream'));
  return writeParquet(table, builder.build());
}

// The footer is FileMetaData, then its length (u32 little-endian), then "PAR1".
function footerLength(bytes) {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true);
}

/// A well-formed file cut in the middle of its footer: what an interrupted upload leaves.
function truncated(bytes) {
  const footerStart = bytes.length - 8 - footerLength(bytes);
  return bytes.slice(0, footerStart + Math.floor(footerLength(bytes) / 2));
}

/// A well-formed file whose footer length field claims more bytes than the file has.
function badFooterLength(bytes) {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(copy.length - 8, CORRUPT.bogusFooterLength, true);
  return copy;
}

mkdirSync(FIXTURE_DIR, { recursive: true });
const written = {};
for (const fixture of FIXTURES) {
  written[fixture.file] = writeFixture(fixture);
  writeFileSync(new URL(fixture.file, FIXTURE_DIR), written[fixture.file]);
}
const source = written[CORRUPT.source];
writeFileSync(new URL(CORRUPT.truncated, FIXTURE_DIR), truncated(source));
writeFileSync(new URL(CORRUPT.badFooterLength, FIXTURE_DIR), badFooterLength(source));
console.log(`wrote ${FIXTURES.length + 2} files to ${FIXTURE_DIR.pathname}`);
