// Builds the admin panel when it is missing, then drives a browser: minutes, not seconds.
jest.setTimeout(600_000);
