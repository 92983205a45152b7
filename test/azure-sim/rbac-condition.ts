/**
 * Azure ABAC role assignment conditions (conditionVersion 2.0), evaluated for the attributes of role assignment
 * writes and deletes: `ActionMatches{'...'}`, `!`, `AND`, `OR`, parentheses, and `@Request[...]` / `@Resource[...]`
 * attributes compared with `GuidEquals`, `StringEquals`, `StringEqualsIgnoreCase` (optionally
 * `ForAnyOfAnyValues:` over a `{...}` list). Anything else is a parse error, which denies (as Azure refuses an
 * invalid condition when it is saved).
 */
export interface ConditionInput {
  action: string;
  /** `Request` or `Resource` attribute values by attribute name (`Microsoft.Authorization/roleAssignments:PrincipalType`). */
  request: Record<string, string | undefined>;
  resource: Record<string, string | undefined>;
}

type Token = {
  kind: 'op' | 'word' | 'str' | 'list' | 'attr';
  text: string;
  source?: string;
  items?: string[];
};

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(\(|\)|!)|@(Request|Resource)\[([^\]]+)\]|ActionMatches\{'([^']*)'\}|'([^']*)'|\{([^}]*)\}|([A-Za-z:]+))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw new Error(`cannot parse the condition at "${text.slice(at, at + 30)}"`);
    at = re.lastIndex;
    if (m[1]) out.push({ kind: 'op', text: m[1] });
    else if (m[2]) out.push({ kind: 'attr', text: m[3]!, source: m[2] });
    else if (m[4] !== undefined) out.push({ kind: 'word', text: 'ActionMatches', items: [m[4]] });
    else if (m[5] !== undefined) out.push({ kind: 'str', text: m[5] });
    else if (m[6] !== undefined)
      out.push({
        kind: 'list',
        text: m[6],
        items: m[6].split(',').map((s) => s.trim().replace(/^'|'$/g, '')),
      });
    else out.push({ kind: 'word', text: m[7]! });
  }
  return out;
}

function compare(operator: string, value: string | undefined, expected: string[]): boolean {
  if (value === undefined) return false;
  const op = operator.replace(/^ForAnyOfAnyValues:/i, '').toLowerCase();
  const eq = (a: string, b: string) =>
    op === 'stringequals' ? a === b : a.toLowerCase() === b.toLowerCase();
  if (!['guidequals', 'stringequals', 'stringequalsignorecase'].includes(op))
    throw new Error(`unsupported operator ${operator}`);
  return expected.some((e) => eq(value, e));
}

/** Evaluates a condition; a condition that cannot be parsed is false. */
export function evaluateCondition(condition: string, input: ConditionInput): boolean {
  let tokens: Token[];
  try {
    tokens = tokenize(condition);
  } catch {
    return false;
  }
  let i = 0;
  const peek = () => tokens[i];
  const word = (w: string) => peek()?.kind === 'word' && peek()!.text.toUpperCase() === w;
  const primary = (): boolean => {
    const t = tokens[i++];
    if (!t) throw new Error('unexpected end');
    if (t.kind === 'op' && t.text === '!') return !primary();
    if (t.kind === 'op' && t.text === '(') {
      const v = or();
      if (tokens[i++]?.text !== ')') throw new Error('missing )');
      return v;
    }
    if (t.kind === 'word' && t.text === 'ActionMatches')
      return t.items![0]!.toLowerCase() === input.action.toLowerCase();
    if (t.kind === 'attr') {
      const operator = tokens[i++];
      const operand = tokens[i++];
      if (operator?.kind !== 'word' || !operand) throw new Error('incomplete expression');
      const values = t.source === 'Request' ? input.request : input.resource;
      const expected = operand.kind === 'list' ? operand.items! : [operand.text];
      return compare(operator.text, values[t.text], expected);
    }
    throw new Error(`unexpected ${t.text}`);
  };
  const and = (): boolean => {
    let v = primary();
    while (word('AND')) {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (word('OR')) {
      i++;
      v = and() || v;
    }
    return v;
  };
  try {
    const v = or();
    return i === tokens.length && v;
  } catch {
    return false;
  }
}
