// Integration tests boot Strapi and spawn the CLI: seconds, not milliseconds.
jest.setTimeout(180_000);
