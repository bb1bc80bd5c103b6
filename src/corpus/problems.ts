/**
 * A content problem: which file, where, what is wrong and what to do.
 * Problems are collected (never thrown one by one) so an editor sees all of them at once.
 */
export interface Problem {
  /** Path relative to the project (or absolute when outside it). */
  file: string;
  line?: number;
  /** The field (for YAML/frontmatter) or element (`<Ref>`, clause id) concerned. */
  field?: string;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}${p.field ? ` — ${p.field}` : ''}: ${p.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return `${n} content problem${n === 1 ? '' : 's'}:\n${problems.map((p) => `  • ${formatProblem(p)}`).join('\n')}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
