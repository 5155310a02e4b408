// Replaces this webapp's config.js from the Camunda webjar (whose defaults are empty).
export default {
  // Without it the login page asks /camunda-welcome (served only by Camunda Run) and the browser logs a 404.
  disableWelcomeMessage: true
};
