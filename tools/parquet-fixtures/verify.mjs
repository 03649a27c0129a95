// Reads every fixture back with hyparquet (an independent pure-JS reader), checks that it holds
// what fixtures.mjs meant, and writes expected.json for the C++ tests from what hyparquet read.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

import { CORRUPT, FIXTURE_DIR, FIXTURES } from './fixtures.mjs';

const failures = [];
function expectEqual(file, what, actual, wanted) {
  if (!isDeepStrictEqual(actual, wanted)) {
    const show = (v) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : x));
    failures.push(`${file}: ${what} is ${show(actual)}, expected ${show(wanted)}`);
  }
}

function readBytes(file) {
  const bytes = readFileSync(new URL(file, FIXTURE_DIR));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/// The codec of every column chunk; null when the file has no column chunks (no row groups).
function codecOf(metadata) {
  const codecs = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data.codec)));
  if (codecs.size > 1) throw new Error(`mixed codecs: ${[...codecs]}`);
  return codecs.size === 1 ? [...codecs][0] : null;
}

async function check(fixture) {
  const file = readBytes(fixture.file);
  const metadata = parquetMetadata(file);
  const found = {
    num_rows: Number(metadata.num_rows),
    columns: parquetSchema(metadata).children.map((c) => c.element.name),
    row_groups: metadata.row_groups.length,
    codec: codecOf(metadata),
    created_by: metadata.created_by ?? '',
  };
  expectEqual(fixture.file, 'num_rows', found.num_rows, fixture.rows.length);
  expectEqual(fixture.file, 'columns', found.columns, fixture.columns);
  expectEqual(fixture.file, 'row_groups', found.row_groups, fixture.rowGroups);
  expectEqual(fixture.file, 'codec', found.codec, fixture.rows.length ? fixture.codec : null);
  // Decoding every value proves the data pages are sound too, not only the footer.
  const rows = await parquetReadObjects({ file, compressors });
  expectEqual(fixture.file, 'rows', rows, fixture.rows);
  return found;
}

/// hyparquet must refuse the corrupt files as well; its message is kept for reference.
function checkCorrupt(file) {
  try {
    parquetMetadata(readBytes(file));
  } catch (error) {
    return { hyparquet_error: error.message };
  }
  failures.push(`${file}: hyparquet read it without an error`);
  return {};
}

const expected = { files: {}, corrupt: {} };
for (const fixture of FIXTURES) expected.files[fixture.file] = await check(fixture);
for (const file of [CORRUPT.truncated, CORRUPT.badFooterLength]) {
  expected.corrupt[file] = checkCorrupt(file);
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
writeFileSync(new URL('expected.json', FIXTURE_DIR), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`hyparquet agrees on ${FIXTURES.length} files and rejects the 2 corrupt ones`);
