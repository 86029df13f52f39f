import { normalizeString } from './lib/detect/normalize';
import { splitWords } from './lib/detect/tokenize';
const bench=(name:string, f:(s:string)=>unknown, s:string)=>{ for(let k=0;k<3;k++){ const t0=performance.now(); for(let i=0;i<100000;i++) f(s); if(k==2) console.log(name, ((performance.now()-t0)*10).toFixed(0),'ns/call'); } };
bench('norm empty', normalizeString, '');
bench('norm 5', normalizeString, 'abcde');
bench('norm 30', normalizeString, 'trump-putin summit in helsinki');
bench('norm 30 caps', normalizeString, 'Trump-Putin Summit In Helsinki');
bench('split 30', splitWords, 'trump-putin summit in helsinki');
