// The contracts shared by the core, the add-on, the local runner and the sidebar, one file per subject in
// `types/`; this barrel keeps every `import … from '…/types'` working.
// Everything here is plain data so it crosses google.script.run and JSON unchanged.

export * from './types/input';
export * from './types/settings';
export * from './types/report';
export * from './types/sheetPlan';
export * from './types/audit';
