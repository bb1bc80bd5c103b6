import type { APIRoute } from 'astro';
import { coverageReport, loadCorpus } from '../corpus/index.ts';

/** The translation coverage report as JSON, for editors' tools and the shipped-corpus tests. */
export const GET: APIRoute = () => {
  const entries = coverageReport(loadCorpus());
  return new Response(JSON.stringify({ entries }, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
