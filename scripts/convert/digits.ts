/** Full-width digits (０–９) as ASCII digits (0–9), one character for one, offsets kept. */
export const asciiDigits = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
