import { compileMatcher, detect } from './lib/detect';
import { FIXTURE_EVENTS } from './tests/unit/detect/fixtures';
const matcher = compileMatcher(FIXTURE_EVENTS);
const words = ['the', 'talks', 'Putin', 'in', 'Geneva', 'met', 'Trump', 'summit', 'встреча', 'Москве', '1985', ',', '.', 'U.S.', 'and', 'Russian', 'officials', '\n\n'];
let x = 12345; const parts: string[] = [];
for (let i = 0; i < 20000; i++) { x = (x * 1103515245 + 12345) % 2147483648; parts.push(words[x % words.length]); }
const text = parts.join(' ');
for (let k=0;k<3;k++){ const c0=process.cpuUsage(); const ms = detect(text, matcher, { publishedAt: '2025-01-01' }); const c=process.cpuUsage(c0); console.log(ms.length, (c.user+c.system)/1000); }
