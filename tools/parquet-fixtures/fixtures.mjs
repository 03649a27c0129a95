// What the Parquet fixtures contain: shared by the writer (generate.mjs) and the independent
// reader check (verify.mjs), so the check compares against what was meant, not what was written.
import { Field, Float64, Int32, Int64, Struct, Table, Utf8, vectorFromArray } from 'apache-arrow';

export const FIXTURE_DIR = new URL('../../tests/data/parquet/', import.meta.url);

// parquet-rs starts a new row group after this many rows unless a fixture asks for fewer.
const DEFAULT_ROW_GROUP_SIZE = 1024 * 1024;

// mulberry32: a tiny seeded PRNG, so the files are the same on every run and machine.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Austin', 'Berlin', 'Lima', 'Lisbon', 'Nairobi', 'Osaka'];
const REGIONS = ['AMER', 'APAC', 'EMEA'];
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
const pick = (random, list) => list[Math.floor(random() * list.length)];

/// Rows of the tabular data set; `ageType` is 'int32' or 'int64' (int64 ages are BigInts).
function tabularRows(count, seed, { ageType = 'int32', region = false } = {}) {
  const random = prng(seed);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const age = 18 + Math.floor(random() * 62);
    const row = {
      age: ageType === 'int64' ? BigInt(age) : age,
      income: round(15000 + random() * 185000, 2),
      // A few missing cities, so the column is really optional (definition levels are written).
      city: random() < 0.03 ? null : pick(random, CITIES),
      label: random() < 0.4 ? 'yes' : 'no',
      weight: round(0.5 + random() * 1.5, 3),
    };
    if (region) row.region = pick(random, REGIONS);
    rows.push(row);
  }
  return rows;
}

function nestedRows(count, seed) {
  const random = prng(seed);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const street = `${1 + Math.floor(random() * 200)} ${pick(random, ['Elm', 'Oak', 'Pine'])} St`;
    const zip = 10000 + Math.floor(random() * 89999);
    rows.push({ address: { street, zip }, label: random() < 0.5 ? 'yes' : 'no' });
  }
  return rows;
}

// Explicit Arrow types: apache-arrow would infer Dictionary<Utf8> for strings otherwise.
const column = (rows, name, type) => vectorFromArray(rows.map((r) => r[name]), type);

function tabularTable(rows, { ageType = 'int32', region = false } = {}) {
  const columns = {
    age: column(rows, 'age', ageType === 'int64' ? new Int64() : new Int32()),
    income: column(rows, 'income', new Float64()),
    city: column(rows, 'city', new Utf8()),
    label: column(rows, 'label', new Utf8()),
    weight: column(rows, 'weight', new Float64()),
  };
  if (region) columns.region = column(rows, 'region', new Utf8());
  return new Table(columns);
}

function nestedTable(rows) {
  const address = new Struct([new Field('street', new Utf8()), new Field('zip', new Int32())]);
  return new Table({
    address: column(rows, 'address', address),
    label: column(rows, 'label', new Utf8()),
  });
}

function tabular(file, rows, codec, options = {}) {
  const columns = ['age', 'income', 'city', 'label', 'weight'];
  if (options.region) columns.push('region');
  return { file, rows, codec, columns, table: () => tabularTable(rows, options), ...options };
}

const train500 = tabularRows(500, 1);
const valid120 = tabularRows(120, 2);
const nested = nestedRows(40, 3);

/// Every well-formed fixture: file name, rows, codec, top-level columns, the Arrow table to write,
/// and optionally rowGroupSize (rows per row group).
export const FIXTURES = [
  tabular('train-500-snappy.parquet', train500, 'SNAPPY'),
  tabular('train-499-gzip.parquet', tabularRows(499, 4, { ageType: 'int64' }), 'GZIP', {
    ageType: 'int64',
  }),
  tabular('train-500-zstd-4rowgroups.parquet', train500, 'ZSTD', { rowGroupSize: 125 }),
  tabular('train-1000-uncompressed-3rowgroups.parquet', tabularRows(1000, 5), 'UNCOMPRESSED', {
    rowGroupSize: 400,
  }),
  tabular('train-500-brotli.parquet', train500, 'BROTLI'),
  tabular('train-500-lz4raw.parquet', train500, 'LZ4_RAW'),
  tabular('valid-120-snappy.parquet', valid120, 'SNAPPY'),
  tabular('valid-120-extra-column.parquet', tabularRows(120, 2, { region: true }), 'SNAPPY', {
    region: true,
  }),
  {
    file: 'nested-struct.parquet',
    rows: nested,
    codec: 'SNAPPY',
    columns: ['address', 'label'],
    table: () => nestedTable(nested),
  },
  tabular('empty-0-rows.parquet', [], 'SNAPPY'),
  // A training prefix split over two objects: the same rows as train-500, halved.
  tabular('train-250-part1.parquet', train500.slice(0, 250), 'SNAPPY'),
  tabular('train-250-part2.parquet', train500.slice(250), 'SNAPPY'),
].map((f) => ({ ...f, rowGroups: expectedRowGroups(f.rows.length, f.rowGroupSize) }));

function expectedRowGroups(rowCount, rowGroupSize = DEFAULT_ROW_GROUP_SIZE) {
  return Math.ceil(rowCount / rowGroupSize);
}

/// Corrupt files, derived from a well-formed one by generate.mjs.
export const CORRUPT = {
  truncated: 'truncated.parquet',
  badFooterLength: 'bad-footer-length.parquet',
  source: 'train-500-snappy.parquet',
  bogusFooterLength: 123456789,
};
