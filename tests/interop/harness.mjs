// Credence interop harness: verifies and signs credentials with the JavaScript stack people rely on
// (@digitalbazaar/vc + eddsa-rdfc-2022 + vc-bitstring-status-list, and @digitalcredentials/verifier-core),
// fully offline.
//
//   node harness.mjs verify     --contexts INDEX [--documents FILE] [--status-list FILE]... [--did-document FILE]... < credentials.jsonl
//   node harness.mjs verify-dcc [--documents FILE] [--schemas FILE] < credentials.jsonl
//   node harness.mjs sign       --contexts INDEX --key KEYFILE [--created ISO] < unsigned.jsonl
//
// INDEX is a JSON file mapping context URLs to files ({"contexts": {url: {"file": path}}}, paths relative
// to the index's folder, or to --root DIR). --documents maps other URLs (controller documents, status list credentials)
// to JSON documents ({url: document}); --schemas maps JSON Schema URLs to schemas the same way. --status-list names a
// file holding one status list credential, served at its "id"; --did-document names a file holding one DID document
// (did:web, for instance), served at its "id" with its verification methods served at their ids; both may be
// repeated. did:key identifiers are resolved locally. One JSON result per input line is written to stdout.
// Nothing is ever fetched from the network.
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {createInterface} from 'node:readline';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {checkStatus as checkBitstringStatus} from '@digitalbazaar/vc-bitstring-status-list';

// Options that may be given more than once; each collects a list of values.
const REPEATABLE = new Set(['status-list', 'did-document']);

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = {};
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith('--') || rest[i + 1] === undefined) {
      throw new Error(`usage: bad argument ${rest[i]}`);
    }
    const name = rest[i].slice(2);
    if (REPEATABLE.has(name)) {
      (options[name] ??= []).push(rest[i + 1]);
    } else {
      options[name] = rest[i + 1];
    }
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

// A DID document handed over with --did-document answers for the DID itself and for each of its verification
// methods (relative ids such as "#key-1" are taken against the DID), as a DID resolver would.
function addDidDocument(extra, file) {
  const document = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof document.id !== 'string') {
    throw new Error(`usage: ${file} is not a DID document (no "id")`);
  }
  extra.set(document.id, document);
  for (const method of document.verificationMethod ?? []) {
    const id = method.id.startsWith('#') ? document.id + method.id : method.id;
    extra.set(id, {'@context': document['@context'], ...method, id});
  }
}

// A status list credential handed over with --status-list answers at its own id, where entries point.
function addStatusList(extra, file) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof credential.id !== 'string') {
    throw new Error(`usage: ${file} is not a status list credential (no "id")`);
  }
  extra.set(credential.id, credential);
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
  collect(result.statusResult?.error);
  return errors;
}

// Bitstring Status List entries of a credential, as the status list library reads them.
function statusEntries(credential) {
  const status = credential.credentialStatus;
  return (Array.isArray(status) ? status : status ? [status] : []).filter(s => s?.type === 'BitstringStatusListEntry');
}

// The status part of a result: one row per status entry checked, with whether its bit is set, and the two
// purposes a wallet shows. @digitalbazaar/vc reports "verified" for a credential whose status list was loaded,
// verified and read, whatever the bit says; the bit itself is in "status".
function statusOf(result) {
  const rows = (result.statusResult?.results ?? []).map(r => ({
    statusPurpose: r.credentialStatus.statusPurpose,
    statusListIndex: r.credentialStatus.statusListIndex,
    statusListCredential: r.credentialStatus.statusListCredential,
    set: r.status === true
  }));
  return {
    status: rows,
    revoked: rows.some(r => r.statusPurpose === 'revocation' && r.set),
    suspended: rows.some(r => r.statusPurpose === 'suspension' && r.set)
  };
}

async function verify(documentLoader) {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
  // The status list credential is verified with the same suite and loader, and must have the credential's issuer.
  const checkStatus = options => checkBitstringStatus({
    ...options, suite, documentLoader, verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true
  });
  for await (const line of lines()) {
    try {
      const credential = JSON.parse(line);
      const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
      const unchecked = credential.credentialStatus && statusEntries(credential).length === 0
        ? ['credentialStatus has no BitstringStatusListEntry: its status was not checked'] : [];
      process.stdout.write(JSON.stringify({verified: result.verified, errors: [...errorsOf(result), ...unchecked], ...statusOf(result)}) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({verified: false, errors: [String(e.message ?? e)], status: [], revoked: false, suspended: false}) + '\n');
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

function usage(message) {
  process.stderr.write(`${message}\nusage: node harness.mjs verify|verify-dcc|sign --contexts INDEX [--root DIR] [--documents FILE] [--status-list FILE]... [--did-document FILE]... [--schemas FILE] [--key KEYFILE] [--created ISO]\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs(process.argv.slice(2));
} catch (e) {
  usage(e.message);
}
const {command, options} = parsed;
const contexts = options.contexts ? loadContexts(options.contexts, options.root) : new Map();
const extra = new Map(Object.entries(options.documents ? JSON.parse(readFileSync(options.documents, 'utf8')) : {}));
for (const file of options['status-list'] ?? []) addStatusList(extra, file);
for (const file of options['did-document'] ?? []) addDidDocument(extra, file);
const schemas = new Map(Object.entries(options.schemas ? JSON.parse(readFileSync(options.schemas, 'utf8')) : {}));
const documentLoader = makeDocumentLoader(contexts, extra);
switch (command) {
  case 'verify': await verify(documentLoader); break;
  case 'verify-dcc': await verifyDcc(new Map([...extra, ...schemas])); break;
  case 'sign': await sign(documentLoader, options.key, options.created); break;
  default:
    usage(`unknown command ${command}`);
}
