/** The time-to-first-ARM-request part of docs/performance.md (bench/first-request.ts's section of the results). */

export interface FirstRequest {
  runs: number;
  bareStartMs: number;
  firstArmRequestMs: number;
  ratio: number;
  inside: Record<
    'inputsValidMs' | 'oidcStartMs' | 'oidcDoneMs' | 'entraStartMs' | 'entraDoneMs' | 'firstArmMs',
    number | undefined
  >;
  entraRequests: string[];
  chunks: Array<{ at: number; file: string; mainly: string }>;
}

const ms = (x: number | undefined) => (x === undefined ? 'n/a' : `${Math.round(x)} ms`);

/** The lines of the breakdown: a timeline of the action process up to its first ARM request. */
export function firstRequestLines(f: FirstRequest): string[] {
  const i = f.inside;
  const rows: Array<[string, number | undefined]> = [
    ['inputs valid, sign-in set up (the entry bundle loaded)', i.inputsValidMs],
    ...f.chunks.map((c): [string, number] => [`chunk \`${c.file}\` loaded (${c.mainly})`, c.at]),
    ['GitHub OIDC ID-token request sent', i.oidcStartMs],
    ['ID token received', i.oidcDoneMs],
    [
      `first Entra request sent (${f.entraRequests.length} in all: ${f.entraRequests.join(', ')})`,
      i.entraStartMs,
    ],
    ['access token received', i.entraDoneMs],
    ['first ARM request sent', i.firstArmMs],
  ];
  const sorted = rows
    .filter((r) => r[1] !== undefined)
    .sort((a, b) => a[1]! - b[1]!)
    .map(([what, at]) => `| ${ms(at)} | ${what} |`);
  const roundTrips =
    (i.oidcDoneMs ?? 0) - (i.oidcStartMs ?? 0) + ((i.entraDoneMs ?? 0) - (i.entraStartMs ?? 0));
  return [
    '### Time to first ARM request, broken down (unchanged re-run, `location` set)',
    `From the parent's spawn to the simulator receiving the first ARM request: ${ms(f.firstArmRequestMs)} (median of ${f.runs}),`,
    `${f.ratio}× a bare \`node -e 0\` (${ms(f.bareStartMs)}) measured in the same loop. Inside the action process`,
    '(bench/timeline.mjs preloaded into separate runs; ms since Node started; the medians of each event, the chunks',
    "of the middle run; a chunk's time is when its file is read, its modules run just after):",
    '',
    '| at | event |',
    '|---|---|',
    ...sorted,
    '',
    `The two sign-in round trips take ${ms(roundTrips)} together on loopback (tens to hundreds of ms each against`,
    "GitHub and Entra); the rest is loading and running modules on one thread. The spawn and Node's own start",
    "(before its clock) are the parent's figure minus the inside one, less the timeline hooks' own cost.",
    '',
  ];
}
