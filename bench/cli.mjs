// `npm run bench`: runs bench/runBench.ts through Vite's module runner (Node 20 runs no TypeScript).
// Options: --pairs N  --clicks N  --sizes 10000,100000  --story N (0: none)  --pan-steps N  --skip-build
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const { module } = await runnerImport(new URL('./runBench.ts', import.meta.url).pathname, { configFile: false, logLevel: 'warn' });
const options = { ...module.DEFAULTS, skipBuild: args.includes('--skip-build') };
if (value('--pairs')) options.pairs = Number(value('--pairs'));
if (value('--clicks')) options.clicks = Number(value('--clicks'));
if (value('--sizes')) options.sizes = value('--sizes').split(',').map(Number);
if (value('--story')) options.story = Number(value('--story'));
if (value('--pan-steps')) options.panSteps = () => Number(value('--pan-steps'));
const { report, lines } = await module.runBench(options);
console.log(report);
process.exitCode = lines.some((l) => l.pass === false) ? 1 : 0;
