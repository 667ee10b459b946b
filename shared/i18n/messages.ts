/**
 * The shape a translation must have: the same keys as the English original, each a string.
 * Plural keys are the exception, checked by `tests/unit/i18n/catalogue.test.ts`: English has
 * `_one` and `_other`, Chinese only `_other`.
 */
export type Messages<Original> = {
  [Key in keyof Original as Key extends `${string}_one` ? never : Key]: Original[Key] extends string
    ? string
    : Messages<Original[Key]>;
};
