// Credence interop harness: verifies and signs credentials with the JavaScript stack people rely on
// (@digitalbazaar/vc + eddsa-rdfc-2022, and @digitalcredentials/verifier-core), fully offline.
//
//   node harness.mjs verify     --contexts INDEX [--documents FILE] < credentials.jsonl
//   node harness.mjs verify-dcc [--documents FILE] [--schemas FILE] < credentials.jsonl
//   node harness.mjs sign       --contexts INDEX --key KEYFILE [--created ISO] < unsigned.jsonl
//
// INDEX is a JSON file mapping context URLs to files ({"contexts": {url: {"file": path}}}, paths relative
// to the index's folder, or to --root DIR). --documents maps other URLs (controller documents, status list credentials)
// to JSON documents ({url: document}); --schemas maps JSON Schema URLs to schemas the same way. did:key identifiers are resolved locally. One JSON result per
// input line is written to stdout. Nothing is ever fetched from the network.
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {createInterface} from 'node:readline';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = {};
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith('--') || rest[i + 1] === undefined) {
      throw new Error(`usage: bad argument ${rest[i]}`);
    }
    options[rest[i].slice(2)] = rest[i + 1];
  }
  return {command, options};
}

function loadContexts(indexPath, rootOption) {
  const index = JSON.parse(readFileSync(indexPath, 'utf8'));
  const root = rootOption ? resolve(rootOption) : dirname(resolve(indexPath));
  const documents = new Map();
  for (const [url, entry] of Object.entries(index.contexts)) {
    documents.set(url, JSON.parse(readFileSync(resolve(root, entry.file), 'utf8')));
  }
  return documents;
}

async function resolveDidKey(url) {
  const did = url.split('#')[0];
  const fingerprint = did.slice('did:key:'.length);
  const key = await Ed25519Multikey.from({
    id: `${did}#${fingerprint}`,
    controller: did,
    publicKeyMultibase: fingerprint
  });
  const verificationMethod = await key.export({publicKey: true, includeContext: true});
  if (url.includes('#')) {
    return verificationMethod;
  }
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [verificationMethod],
    assertionMethod: [verificationMethod.id],
    authentication: [verificationMethod.id]
  };
}

function makeDocumentLoader(contexts, extra) {
  return async url => {
    let document = contexts.get(url) ?? extra.get(url);
    if (document === undefined && url.startsWith('did:key:')) {
      document = await resolveDidKey(url);
    }
    if (document === undefined) {
      throw new Error(`offline document loader: ${url} is not available`);
    }
    return {contextUrl: null, documentUrl: url, document};
  };
}

async function* lines() {
  const reader = createInterface({input: process.stdin, crlfDelay: Infinity});
  for await (const line of reader) {
    if (line.trim() !== '') {
      yield line;
    }
  }
}

function errorsOf(result) {
  const errors = [];
  const collect = e => {
    if (!e) return;
    if (Array.isArray(e)) { e.forEach(collect); return; }
    errors.push(e.name && e.message ? `${e.name}: ${e.message}` : String(e.message ?? e));
    if (e.errors) collect(e.errors);
  };
  collect(result.error);
  for (const r of result.results ?? []) collect(r.error);
  return errors;
}

async function verify(documentLoader) {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
  for await (const line of lines()) {
    try {
      const credential = JSON.parse(line);
      const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus: undefined});
      process.stdout.write(JSON.stringify({verified: result.verified, errors: errorsOf(result)}) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({verified: false, errors: [String(e.message ?? e)]}) + '\n');
    }
  }
}

// verifier-core fetches JSON Schemas, status lists and registries with the global fetch: answer from the
// documents given (--documents, --schemas) and refuse everything else, so the harness never goes online.
function installOfflineFetch(documents) {
  globalThis.fetch = async input => {
    const url = typeof input === 'string' ? input : input.url;
    const document = documents.get(url);
    if (document === undefined) {
      throw new TypeError(`offline fetch: ${url} is not available`);
    }
    return new Response(JSON.stringify(document), {status: 200, headers: {'content-type': 'application/json'}});
  };
}

async function verifyDcc(documents) {
  installOfflineFetch(documents);
  const {verifyCredential} = await import('@digitalcredentials/verifier-core');
  for await (const line of lines()) {
    try {
      const credential = JSON.parse(line);
      // No registries: the issuer-registry check is reported unregistered instead of calling the network.
      const result = await verifyCredential({credential, knownDIDRegistries: []});
      const signature = (result.log ?? []).find(entry => entry.id === 'valid_signature');
      const verified = !result.errors && signature?.valid === true;
      process.stdout.write(JSON.stringify({verified, errors: (result.errors ?? []).map(e => e.message ?? String(e)), log: result.log ?? [], additionalInformation: result.additionalInformation ?? []}) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({verified: false, errors: [String(e.message ?? e)]}) + '\n');
    }
  }
}

async function sign(documentLoader, keyFile, created) {
  const keyData = JSON.parse(readFileSync(keyFile, 'utf8'));
  const key = await Ed25519Multikey.from(keyData);
  const suite = new DataIntegrityProof({signer: key.signer(), date: created, cryptosuite: eddsaRdfc2022CryptoSuite});
  for await (const line of lines()) {
    try {
      const credential = JSON.parse(line);
      const signed = await vc.issue({credential, suite, documentLoader});
      process.stdout.write(JSON.stringify(signed) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({error: String(e.message ?? e)}) + '\n');
    }
  }
}

const {command, options} = parseArgs(process.argv.slice(2));
const contexts = options.contexts ? loadContexts(options.contexts, options.root) : new Map();
const extra = new Map(Object.entries(options.documents ? JSON.parse(readFileSync(options.documents, 'utf8')) : {}));
const schemas = new Map(Object.entries(options.schemas ? JSON.parse(readFileSync(options.schemas, 'utf8')) : {}));
const documentLoader = makeDocumentLoader(contexts, extra);
switch (command) {
  case 'verify': await verify(documentLoader); break;
  case 'verify-dcc': await verifyDcc(new Map([...extra, ...schemas])); break;
  case 'sign': await sign(documentLoader, options.key, options.created); break;
  default:
    process.stderr.write('usage: node harness.mjs verify|verify-dcc|sign --contexts INDEX [--documents FILE] [--key KEYFILE]\n');
    process.exit(2);
}
