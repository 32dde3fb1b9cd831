import type { CompensationInput, PayType } from '../../../gql/graphql';
import type { FieldErrors } from './field-errors';

export interface CompensationValues {
  payType: PayType;
  rate: string;
  currency: string;
}

export function validateCompensation(values: CompensationValues): FieldErrors {
  const errors: FieldErrors = {};
  // The API keeps the rate as a decimal string (numeric(12,2)): no floats, at most two decimals.
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(values.rate.trim())) errors.rate = 'Enter an amount like 18.50';
  if (!/^[A-Za-z]{3}$/.test(values.currency.trim())) errors.currency = 'Enter a three-letter currency code like EUR';
  return errors;
}

export function toCompensationInput(values: CompensationValues): CompensationInput {
  return { payType: values.payType, rate: values.rate.trim(), currency: values.currency.trim().toUpperCase() };
}
