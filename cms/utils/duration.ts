/** `8h`, `15m`, `90s`, `1d` or a bare number of seconds, as seconds; the fallback when unset or unreadable. */
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export const durationSeconds = (value: string | undefined, fallback: number): number => {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(value ?? '');
  if (!match) return fallback;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] || 's'];
  return seconds > 0 ? seconds : fallback;
};
