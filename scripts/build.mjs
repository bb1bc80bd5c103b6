// `npm run build`: check the content, build the site, index it, and only then replace dist/.
// The pipeline itself is src/build/pipeline.ts.
import '../src/build/pipeline.ts';
