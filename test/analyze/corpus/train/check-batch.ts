/** `npx tsx test/analyze/corpus/train/check-batch.ts <batch>`: the form problems of one training batch, or `ok`. */
import type { CorpusArticle } from '../corpus-article.js';
import { problemsOf } from '../corpus-problems.js';

const batch = process.argv[2];
if (!batch || !/^[a-z0-9-]+$/.test(batch)) throw new Error('usage: check-batch.ts <batch folder name>');
const module = (await import(`./${batch}/index.js`)) as Record<string, readonly CorpusArticle[]>;
const articles = Object.values(module).flat();
const names = articles.map((a) => a.name);
const problems = [...articles.flatMap(problemsOf), ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => `${n}: named twice`)];
console.log(articles.length === 0 ? 'no articles exported' : problems.length ? problems.join('\n') : `ok (${articles.length} articles)`);
