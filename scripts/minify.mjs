// The bundles are minified (esbuild: whitespace and syntax). Names are kept where a stack trace reads them: the
// entries and the chunks that are mostly project code; the chunks that are mostly packages have their local names
// shortened as well. Compiling less source is what starts the action sooner: most of the time to the first ARM
// request is V8 compiling the chunks the sign-in and the first read need (docs/performance.md).
// `npm run bundle -- --readable` writes them unminified, for reading or debugging (not for committing: CI
// rebuilds dist/ minified and fails when it differs).
import { transform } from 'esbuild';

export async function minify(source, { mangle = false } = {}) {
  const { code } = await transform(source, {
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: mangle,
    legalComments: 'eof',
    target: 'es2022',
    charset: 'utf8',
  });
  return code;
}
