// The request of a first audit of generated tabs: no settings, history or snapshots tab, the run at
// 09:00 UTC on `today`, dates read in Warsaw, American English unless the caller says otherwise.
import type { AuditRequest, NamedGrid } from '../../src/core/types';

export interface InputTabs {
  deals: NamedGrid | null;
  channels: NamedGrid | null;
  customers: NamedGrid | null;
}

export function firstAuditRequest(
  tabs: InputTabs,
  today: string,
  options: Partial<AuditRequest> = {},
): AuditRequest {
  return {
    ...tabs,
    settings: null,
    history: null,
    today,
    generatedAt: `${today}T09:00:00.000Z`,
    timeZone: 'Europe/Warsaw',
    locale: 'en-US',
    ...options,
  };
}
