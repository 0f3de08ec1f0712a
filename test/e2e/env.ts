/** Settings shared by playwright.config.ts and the end-to-end tests. */
/** The e2e server's port; OPENIEP_E2E_PORT lets two checkouts run their browser tests at once. */
export const E2E_PORT = Number(process.env.OPENIEP_E2E_PORT ?? 3100);
/** The demo accounts' password in the e2e server (OPENIEP_DEMO_PASSWORD). */
export const E2E_PASSWORD = 'e2e-Demo-password-2024';
export const E2E_DATA_DIR = '.tmp/e2e-data';
/**
 * The invitation link for teacher2@ that the e2e server's start-up prints with `openiep invite --print-link` (the e2e
 * server sends no mail, as an installation without SMTP: links come from the operator's terminal, never the outbox).
 */
export const E2E_PRINTED_LINK_FILE = `${E2E_DATA_DIR}/printed-invite.txt`;
