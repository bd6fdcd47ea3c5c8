/**
 * `npm start` runs in production mode unless NODE_ENV says otherwise. graphql-js reads NODE_ENV
 * once, when it loads: outside production its `instanceOf` adds a check for a second copy of
 * graphql to every type test, which cost ~11 % of the API's CPU on a page of 50 careers. So this
 * module is imported first, before anything that loads graphql.
 */
process.env.NODE_ENV ??= 'production';

export {};
