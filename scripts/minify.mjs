// The bundles are minified (esbuild: whitespace and syntax; names are kept, so a stack trace still names its
// functions and classes). Compiling less source is what starts the action sooner: a quarter of the time to the
// first ARM request was V8 compiling the chunks the sign-in and the first read need (docs/performance.md).
// `npm run bundle -- --readable` writes them unminified, for reading or debugging (not for committing: CI
// rebuilds dist/ minified and fails when it differs).
import { transform } from 'esbuild';

export async function minify(source) {
  const { code } = await transform(source, {
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    target: 'es2022',
    charset: 'utf8',
  });
  return code;
}
