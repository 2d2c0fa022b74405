// The name of a time zone as the customer reads it beside a clock time: "CST", "CDT", "CET", "IST",
// "AEDT", "GMT", "UTC". Intl only knows an abbreviation in the English locale whose people use it
// (en-US knows CST but writes Berlin as "GMT+1"; en-GB knows CET; en-IN knows IST; en-AU knows
// AEDT), so the locales are asked in turn. Where none has one (Tokyo, São Paulo: "GMT+9"), the zone's
// city is named with its offset: "Tokyo time (GMT+9)".

/** English locales asked in turn; each is the one whose abbreviations a region's customers read. */
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-CA', 'en-SG', 'en-ZA'] as const;

const ABBREVIATION = /^[A-Z]{2,5}$/;
const formats = new Map<string, Intl.DateTimeFormat | null>();

function shortNameFormat(locale: string, timeZone: string): Intl.DateTimeFormat | null {
  const key = `${locale}\u0000${timeZone}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    } catch {
      format = null;
    }
    if (formats.size > 500) formats.clear();
    formats.set(key, format);
  }
  return format;
}

function shortName(locale: string, timeZone: string, at: Date): string | undefined {
  return shortNameFormat(locale, timeZone)
    ?.formatToParts(at)
    .find((p) => p.type === 'timeZoneName')
    ?.value.replace(/[\u202f\u00a0]/g, ' ');
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires"; null for zones that name no place (Etc/GMT+5). */
function zoneCity(timeZone: string): string | null {
  if (/^(?:Etc|SystemV)\//i.test(timeZone) || !timeZone.includes('/')) return null;
  const last = timeZone.split('/').pop() ?? '';
  const city = last.replace(/_/g, ' ').trim();
  return /^[A-Za-z][A-Za-z .'-]*$/.test(city) ? city : null;
}

/**
 * The zone's short name at that instant, as the customer reads it: a standard or daylight
 * abbreviation when an English locale has one ("CST" in winter, "CDT" in summer), else
 * "<City> time (GMT+9)", else Intl's "GMT+9". "UTC" only for UTC itself.
 */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  for (const locale of ABBREVIATION_LOCALES) {
    const name = shortName(locale, timeZone, at);
    if (name && ABBREVIATION.test(name)) return name;
  }
  const offset = shortName('en-US', timeZone, at) ?? timeZone;
  const city = zoneCity(timeZone);
  return city ? `${city} time (${offset})` : offset;
}
