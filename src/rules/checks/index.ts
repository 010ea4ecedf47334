/** The check kinds rule files can choose by `type`; add a kind here and to rules/schema.json. */
import type { Check } from '../types';
import { currencyConsistency } from './currency-consistency';
import { dateMismatch } from './date-mismatch';
import { elapsedTime } from './elapsed-time';
import { nameVariant } from './name-variant';
import { personAttribute } from './person-attribute';
import { quoteFidelity } from './quote-fidelity';
import { termVariant } from './term-variant';
import { valueMismatch } from './value-mismatch';
import { valueUpdate } from './value-update';
import { weekdayDate } from './weekday-date';

export const CHECKS: ReadonlyMap<string, Check> = new Map(
  [valueMismatch, valueUpdate, dateMismatch, weekdayDate, elapsedTime, currencyConsistency, personAttribute, nameVariant, termVariant, quoteFidelity].map((c) => [c.type, c]),
);
