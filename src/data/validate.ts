import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import indexSchema from '../../schemas/data/index.schema.json' with { type: 'json' };
import versionSchema from '../../schemas/data/version.schema.json' with { type: 'json' };

/**
 * The data files' JSON Schemas (schemas/data/, draft 2020-12), compiled once. The build checks
 * every data file against them before writing it, and the tests check the built files again.
 */
let compiled: { version: (d: unknown) => boolean; index: (d: unknown) => boolean } | undefined;
const validators = () => {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
    addFormats.default(ajv);
    const version = ajv.compile(versionSchema);
    const index = ajv.compile(indexSchema);
    compiled = {
      version: (d) => version(d) || fail(version.errors),
      index: (d) => index(d) || fail(index.errors),
    };
  }
  return compiled;
};

let lastErrors: ErrorObject[] = [];
const fail = (errors: ErrorObject[] | null | undefined) => {
  lastErrors = errors ?? [];
  return false;
};

/** The schema's complaints about `data` ("/clauses/0/eId must match pattern …"), none when it is valid. */
export function dataErrors(kind: 'version' | 'index', data: unknown): string[] {
  if (validators()[kind](data)) return [];
  return lastErrors.map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** A data file's body, after checking it against its schema: a file that fails is never written. */
export function dataResponse(kind: 'version' | 'index', data: unknown, what: string): Response {
  const errors = dataErrors(kind, data);
  if (errors.length)
    throw new Error(
      `${what}: the data file does not match schemas/data/${kind}.schema.json (a bug, or a content value the checks let through):\n  ${errors.join('\n  ')}`,
    );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
