/** Test helpers of the API's response shapes: small hand-made answers for the view tests of the API and the dashboard. */
export * from './testing/indicator-detail.fixture';
export * from './testing/csv.reader';
