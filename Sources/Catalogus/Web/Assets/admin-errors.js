// The API explains in English; a person reads Dutch. These are the field errors of the
// admin endpoints that we recognise, said in Dutch; anything else keeps the server's words.
const KNOWN = [
  [/is taken by another activity/, 'Deze code is al in gebruik bij een andere activiteit.'],
  [/must be lowercase letters, digits and hyphens/, 'Alleen kleine letters, cijfers en streepjes, en beginnen met een letter.'],
  [/is listed twice/, 'Staat er twee keer in.'],
  [/is required for a municipality account/, 'Kies de gemeente van dit account.'],
  [/is only for municipality accounts/, 'Alleen een gemeente-account hoort bij een gemeente.'],
  [/is not a known municipality/, 'Deze gemeente kennen we niet.'],
  [/must be an e-mail address/, 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.'],
  [/has no prices to publish/, 'Dit jaar heeft nog geen prijzen om te publiceren.'],
  [/has no prices to index/, 'Dit jaar heeft geen prijzen om te indexeren.'],
  [/makes a price too large/, 'Met dit percentage wordt een prijs te hoog.'],
  [/must differ from from_year/, 'Kies een ander jaar dan het jaar waaruit u indexeert.'],
  [/must be a date/, 'Vul een datum in.'],
  [/^is required$/, 'Vul dit in.'],
  [/must be a year from 2000 to 2200/, 'Kies een jaar van 2000 tot en met 2200.'],
  [/must be between (\d+) and (\d+)/, (m) => `Vul een getal in van ${m[1]} tot en met ${m[2]}.`],
  [/must be an integer/, 'Vul een heel getal in.'],
  [/must not be empty/, 'Vul dit in.'],
  [/must be at most (\d+) characters/, (m) => `Hoogstens ${m[1]} tekens.`],
];

/** One message in Dutch when we know it, else the server's own text. */
export function dutch(message) {
  for (const [pattern, text] of KNOWN) {
    const match = pattern.exec(message || '');
    if (match) return typeof text === 'function' ? text(match) : text;
  }
  return message;
}

/** The field errors of an ApiError, each message in Dutch where we can. */
export function dutchFieldErrors(error) {
  return (error.fieldErrors || []).map((e) => ({ field: e.field, message: dutch(e.message) }));
}
