/**
 * Splits what `<Ref to="…">` names: `<year>/<slug>#<eId>` (also `<year>#<eId>` for an edition
 * record, and either without `#<eId>` for the whole record). The corpus check and the
 * cross-reference plugin both read it, so it lives with neither.
 */
export function parseRefTarget(to: string): { key: string; eId?: string } {
  const [key = '', eId] = to.split('#', 2);
  return eId ? { key, eId } : { key };
}
