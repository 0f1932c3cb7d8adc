// Numbers, money, dates and figures as people read them.

const LOCALE = 'en-GB';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function number(value) {
  return value === null || value === undefined ? '' : integer.format(Number(value));
}

export function money(amount, currency) {
  if (amount === null || amount === undefined || !currency) {
    return '';
  }
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, maximumFractionDigits: 0 }).format(Number(amount));
  } catch (e) {
    return `${number(amount)} ${currency}`;
  }
}

/** "€40 bn", "$700 m": for chart labels, where the full amount sits in the table beside. */
export function shortMoney(amount, currency) {
  const value = Number(amount);
  const symbol = money(0, currency).replace(/[0-9.,\s]/g, '') || `${currency} `;
  for (const [size, unit] of [[1e9, 'bn'], [1e6, 'm'], [1e3, 'k']]) {
    if (Math.abs(value) >= size) {
      return `${symbol}${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }).format(value / size)} ${unit}`;
    }
  }
  return money(value, currency);
}

const MONEY_WORDS = { AT_LEAST: 'at least', MORE_THAN: 'more than', APPROXIMATELY: 'about', AT_MOST: 'at most' };

/** A reported amount in its own wording: "at least €40,000,000,000". */
export function moneyAsStated(value) {
  if (!value) {
    return '';
  }
  const words = MONEY_WORDS[value.qualifier];
  return `${words ? `${words} ` : ''}${money(value.amount, value.currency)}`;
}

export function date(iso) {
  if (!iso) {
    return '';
  }
  const parsed = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? iso : longDate.format(parsed);
}

export function month(key) {
  const parsed = new Date(`${key}-01T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? key : monthYear.format(parsed);
}

/** A figure in the words it was stated with: "more than 555,620", "about 500,000", "thousands". */
export function figure(f) {
  if (!f) {
    return '';
  }
  switch (f.qualifier) {
    case 'EXACT': return number(f.value);
    case 'APPROXIMATELY': return `about ${number(f.value)}`;
    case 'AT_LEAST': return `at least ${number(f.value)}`;
    case 'MORE_THAN': return `more than ${number(f.value)}`;
    case 'AT_MOST': return `at most ${number(f.value)}`;
    case 'RANGE': return `${number(f.low)}–${number(f.high)}`;
    case 'UNQUANTIFIED': return f.word ?? 'unquantified';
    default: return number(f.value);
  }
}

/** The bounds a figure allows, in words: "555,621 to no upper bound (open above)". */
export function bounds(f) {
  if (!f || f.low === null || f.low === undefined) {
    return 'no bounds';
  }
  const high = f.high === null || f.high === undefined ? 'no upper bound (open above)' : number(f.high);
  const best = f.best === null || f.best === undefined ? '' : `, best estimate ${number(f.best)}`;
  return `from ${number(f.low)} to ${high}${best}`;
}

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function count(n) {
  return COUNTS[n] ?? number(n);
}

export function label(enumValue) {
  return enumValue ? enumValue.charAt(0).toUpperCase() + enumValue.slice(1).toLowerCase().replaceAll('_', ' ') : '';
}
