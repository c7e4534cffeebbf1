/** The shapes of the API's JSON responses, shared by the API (which produces them) and the dashboard. */
export {};
