const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** "35 credits", "1 credit": a figure as the window shows it. */
export function creditsText(credits: number): string {
  return `${whole.format(credits)} ${credits === 1 ? 'credit' : 'credits'}`;
}
