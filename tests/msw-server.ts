import { setupServer } from 'msw/node';

/** One MSW server for every test file; tests add their own handlers with `server.use`. */
export const msw = setupServer();
