import { RowIdPathParameter } from './row-id.validator';

/** `/:id` of a row the database numbers (a run, a run request, an uploaded file): a bigint, kept as text. */
export class IdParams {
  @RowIdPathParameter()
  id!: string;
}
