// Modules the build computes (scripts/build/tables.ts).
declare module 'virtual:parley/matcher-tables' {
  const tables: import('./detect/tables').MatcherTables;
  export default tables;
}
