#!/usr/bin/env node
// Peer: one node process compiles the schema once with Ajv, then validates every file named
// on the command line. Prints one JSON line per invalid file; exit 1 if any is invalid.
//   node ajv_validate.js SCHEMA FILE...
"use strict";
const fs = require("fs");
const Ajv = require("ajv"); // draft-07 is Ajv's default draft

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({
  strict: false, // the schema has x- keywords
  allErrors: true, // report every violation, as the linter does
  unicodeRegExp: true, // Ajv's default, spelled out: patterns use \p{L} and need the u flag
});
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));

let out = "";
let invalid = 0;
const flush = () => {
  if (out.length) fs.writeSync(1, out);
  out = "";
};
for (const file of files) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    invalid++;
    out += JSON.stringify({ file, errors: [{ message: String(e.message) }] }) + "\n";
    continue;
  }
  if (!validate(data)) {
    invalid++;
    out += JSON.stringify({ file, errors: validate.errors }) + "\n";
    if (out.length > 1 << 16) flush();
  }
}
flush();
process.exitCode = invalid ? 1 : 0;
