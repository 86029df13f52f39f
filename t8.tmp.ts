const bench=(name:string, f:(s:string)=>unknown)=>{ for(let k=0;k<3;k++){ const t0=performance.now(); let x=0; for(let i=0;i<100000;i++) x+=f('abc') as number; if(k==2) console.log(name, ((performance.now()-t0)*10).toFixed(0),'ns/call'); } };
bench('arrays', (s)=>{ const a:number[]=[]; const b:number[]=[]; return s.indexOf('U')>=0 ? a.length : b.length; });
bench('closure', (s)=>{ const g=()=>s.length; return g(); });
