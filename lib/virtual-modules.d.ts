// Modules the build computes (scripts/build/tables.ts).
declare module 'virtual:parley/matcher-tables' {
  const tables: import('./detect/tables').MatcherTables;
  export default tables;
}
declare module 'virtual:parley/matcher-info' {
  const info: import('./detect/tables').TablesInfo;
  export default info;
}
declare module 'virtual:parley/gate' {
  const spec: import('./page/gate').GateSpec;
  export default spec;
}
declare module 'virtual:parley/gate-words' {
  const words: string[];
  export default words;
}
declare module 'virtual:parley/dataset-version' {
  /** DATASET_VERSION (lib/events/dataset.ts), computed by the build. */
  const version: string;
  export default version;
}
