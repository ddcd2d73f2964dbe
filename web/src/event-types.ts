import table from './event-types.json';

/** Colour and label of an event type (the table is data: event-types.json). */
export interface TypeStyle { label: string; color: string }
const TYPES = Object.fromEntries(Object.entries(table).filter(([k]) => !k.startsWith('_'))) as Record<string, TypeStyle>;
export const EVENT_TYPES = Object.keys(TYPES);
export const typeStyle = (type: string): TypeStyle => TYPES[type] ?? { label: type, color: '#777777' };
