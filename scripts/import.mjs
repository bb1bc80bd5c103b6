/**
 * `npm run import -- <file> --to <edition>/<slug> --lang <code>`: turns a .docx, .md or .txt
 * text into a language version of a work (src/editor/import/run-import.ts).
 */
import { runImport } from '../src/editor/import/run-import.ts';

process.exitCode = await runImport(process.argv.slice(2));
